"""Administering the organisation: provinces, ESAs and school clusters.

Who may: the national admin everywhere; an admin granted at a province, an ESA or a cluster
within it (services.directory.application.access). Each answer is the unit as the command
left it, its version in `ETag`.
"""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.principal import Role
from kit.http.commands import Call
from services.directory.api import schemas as out
from services.directory.api.deps import ClusterCode, DirectoryDep, EsaCode, ProvinceCode
from services.directory.application import organisation as handlers
from services.directory.domain import commands as cmd

router = APIRouter(prefix="/v1", tags=["administration"])


@router.post("/provinces", status_code=201)
async def create_province(command: cmd.CreateProvince, call: Call, d: DirectoryDep) -> out.Province:
    """Register a province (national admin), e.g. from GET /v1/reference/provinces."""
    meta = call.meta(Role.ADMIN, command)
    outcome = await handlers.create_province(d.commands, meta, call.principal, command)
    return call.answer(outcome, out.Province, f"/v1/provinces/{command.province}")


@router.post("/provinces/{province}/rename")
async def rename_province(
    province: ProvinceCode, command: cmd.Rename, call: Call, d: DirectoryDep
) -> out.Province:
    """Rename a province (national admin)."""
    meta = call.meta(Role.ADMIN, command, province=province)
    outcome = await handlers.rename_province(d.commands, meta, call.principal, province, command)
    return call.answer(outcome, out.Province)


@router.post("/provinces/{province}/esas", status_code=201)
async def create_esa(
    province: ProvinceCode, command: cmd.CreateEsa, call: Call, d: DirectoryDep
) -> out.Esa:
    """Register an ESA in a province (national admin, or the province's admin)."""
    meta = call.meta(Role.ADMIN, command, province=province)
    outcome = await handlers.create_esa(d.commands, meta, call.principal, province, command)
    return call.answer(outcome, out.Esa, f"/v1/esas/{command.esa}")


@router.post("/esas/{esa}/rename")
async def rename_esa(esa: EsaCode, command: cmd.RenameEsa, call: Call, d: DirectoryDep) -> out.Esa:
    """Rename an ESA (an admin of its province)."""
    meta = call.meta(Role.ADMIN, command, esa=esa)
    outcome = await handlers.rename_esa(d.commands, meta, call.principal, esa, command)
    return call.answer(outcome, out.Esa)


@router.post("/esas/{esa}/clusters", status_code=201)
async def create_cluster(
    esa: EsaCode, command: cmd.CreateCluster, call: Call, d: DirectoryDep
) -> out.Cluster:
    """Register a school cluster in an ESA (an admin of the ESA)."""
    meta = call.meta(Role.ADMIN, command, esa=esa)
    outcome = await handlers.create_cluster(
        d.commands, d.claims, meta, call.principal, esa, command
    )
    return call.answer(outcome, out.Cluster, f"/v1/clusters/{command.cluster}")


@router.post("/clusters/{cluster}/rename")
async def rename_cluster(
    cluster: ClusterCode, command: cmd.Rename, call: Call, d: DirectoryDep
) -> out.Cluster:
    """Rename a school cluster (an admin of its ESA)."""
    meta = call.meta(Role.ADMIN, command, cluster=cluster)
    outcome = await handlers.rename_cluster(d.commands, meta, call.principal, cluster, command)
    return call.answer(outcome, out.Cluster)


@router.post("/clusters/{cluster}/moves")
async def move_cluster(
    cluster: ClusterCode, command: cmd.MoveCluster, call: Call, d: DirectoryDep
) -> out.Cluster:
    """Move a school cluster to another ESA of its province from a given day; its schools
    follow it a moment later (an admin of both ESAs)."""
    meta = call.meta(Role.ADMIN, command, cluster=cluster)
    outcome = await handlers.move_cluster(d.commands, meta, call.principal, cluster, command)
    return call.answer(outcome, out.Cluster)


@router.post("/clusters/{cluster}/close")
async def close_cluster(
    cluster: ClusterCode, command: cmd.CloseCluster, call: Call, d: DirectoryDep
) -> out.Cluster:
    """Close (retire) a school cluster that has no open school left (an admin of its ESA)."""
    schools = await d.views.find({"kind": "school", "cluster": cluster})
    open_schools = sum(1 for s in schools if s.get("status", "open") == "open")
    meta = call.meta(Role.ADMIN, command, cluster=cluster)
    outcome = await handlers.close_cluster(
        d.commands, meta, call.principal, cluster, command, open_schools
    )
    return call.answer(outcome, out.Cluster)
