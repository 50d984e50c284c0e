"""Reading the organisation: provinces, ESAs, school clusters and schools.

Public reference data (docs/directory.md): the ministry publishes these names and codes, so
any signed-in caller reads every unit, whatever their own scope. People and their grants are
not (services.directory.api.people).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from kit.http.deps import CurrentPrincipal
from kit.readmodel.docs import public
from services.directory.api import schemas as out
from services.directory.api.deps import (
    ClusterCode,
    DirectoryDep,
    EsaCode,
    ProvinceCode,
    SchoolCode,
    unit,
    with_etag,
)
from services.directory.provinces import THAI_PROVINCES

router = APIRouter(prefix="/v1", tags=["organisation"])
IncludeClosed = Annotated[bool, Query(description="Closed units too")]


def _open(docs: list[dict[str, Any]], include_closed: bool) -> list[dict[str, Any]]:
    return [public(d) for d in docs if include_closed or d.get("status", "open") == "open"]


@router.get("/reference/provinces")
async def reference_provinces(d: DirectoryDep, _: CurrentPrincipal) -> list[out.ReferenceProvince]:
    """Thailand's 77 provinces (reference data), and which are registered in the directory."""
    registered = {x["province"] for x in await d.views.find({"kind": "province"})}
    return [
        out.ReferenceProvince(
            province=p.code,
            iso_code=p.iso_code,
            name_th=p.name_th,
            name_en=p.name_en,
            registered=p.code in registered,
        )
        for p in THAI_PROVINCES
    ]


@router.get("/provinces")
async def list_provinces(d: DirectoryDep, _: CurrentPrincipal) -> list[out.Province]:
    """The provinces (จังหวัด) registered in the directory."""
    docs = sorted(await d.views.find({"kind": "province"}), key=lambda x: x["province"])
    return [out.Province.model_validate(public(x)) for x in docs]


@router.get("/provinces/{province}")
async def get_province(
    province: ProvinceCode, d: DirectoryDep, _: CurrentPrincipal, response: Response
) -> out.Province:
    """One province (its version in ETag)."""
    return out.Province.model_validate(with_etag(response, await unit(d, "province", province)))


@router.get("/provinces/{province}/esas")
async def list_esas(province: ProvinceCode, d: DirectoryDep, _: CurrentPrincipal) -> list[out.Esa]:
    """The ESAs (เขตพื้นที่การศึกษา) of a province."""
    await unit(d, "province", province)
    docs = sorted(await d.views.find({"kind": "esa", "province": province}), key=lambda x: x["esa"])
    return [out.Esa.model_validate(public(x)) for x in docs]


@router.get("/esas/{esa}")
async def get_esa(
    esa: EsaCode,
    d: DirectoryDep,
    _: CurrentPrincipal,
    response: Response,
    include_closed: IncludeClosed = False,
) -> out.EsaWithClusters:
    """An ESA with its school clusters (its version in ETag)."""
    doc = with_etag(response, await unit(d, "esa", esa))
    clusters = _open(await d.views.find({"kind": "cluster", "esa": esa}), include_closed)
    return out.EsaWithClusters.model_validate(
        doc | {"clusters": sorted(clusters, key=lambda c: c["cluster"])}
    )


@router.get("/esas/{esa}/schools")
async def list_schools(
    esa: EsaCode,
    d: DirectoryDep,
    _: CurrentPrincipal,
    cluster: Annotated[str | None, Query(max_length=61, description="One cluster's")] = None,
    include_closed: IncludeClosed = False,
) -> list[out.School]:
    """Schools of an ESA (optionally of one cluster), by school code."""
    await unit(d, "esa", esa)
    flt = {"kind": "school", "esa": esa} | ({"cluster": cluster} if cluster else {})
    schools = _open(await d.views.find(flt), include_closed)
    return [out.School.model_validate(s) for s in sorted(schools, key=lambda x: x["school"])]


@router.get("/clusters/{cluster}")
async def get_cluster(
    cluster: ClusterCode, d: DirectoryDep, _: CurrentPrincipal, response: Response
) -> out.Cluster:
    """One school cluster with the ESAs it has been in (its version in ETag)."""
    return out.Cluster.model_validate(with_etag(response, await unit(d, "cluster", cluster)))


@router.get("/schools/{school}")
async def get_school(
    school: SchoolCode, d: DirectoryDep, _: CurrentPrincipal, response: Response
) -> out.School:
    """One school, with its placements over time (effective-dated; its version in ETag)."""
    return out.School.model_validate(with_etag(response, await unit(d, "school", school)))
