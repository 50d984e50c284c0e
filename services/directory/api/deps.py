"""What every directory route shares: the wired service, codes in paths, read ETags.

A code in a path that cannot be a code (wrong shape) is as unknown as one that is not
registered: 404, never 422 (after the token: a caller without one is 401 first).
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Depends, Path, Request, Response

from kit.errors import NotFound
from kit.http.deps import CurrentPrincipal
from kit.readmodel.docs import public
from services.directory.bootstrap import Directory
from services.directory.domain import commands as cmd


def directory(request: Request) -> Directory:
    return request.app.state.directory  # type: ignore[no-any-return]


DirectoryDep = Annotated[Directory, Depends(directory)]


def _shaped(value: str, pattern: str) -> str:
    if not re.fullmatch(pattern, value):
        raise NotFound()
    return value


def _province(
    province: Annotated[str, Path(description="Province code, e.g. loei")], _: CurrentPrincipal
) -> str:
    return _shaped(province, cmd.PROVINCE_CODE)


def _esa(
    esa: Annotated[str, Path(description="ESA code, e.g. loei-3")], _: CurrentPrincipal
) -> str:
    return _shaped(esa, cmd.ESA_CODE)


def _cluster(cluster: Annotated[str, Path(description="Cluster code")], _: CurrentPrincipal) -> str:
    return _shaped(cluster, cmd.CLUSTER_CODE)


def _school(
    school: Annotated[str, Path(description="OBEC school code")], _: CurrentPrincipal
) -> str:
    return _shaped(school, cmd.SCHOOL_CODE)


def _person(person: Annotated[str, Path(description="Person id")], _: CurrentPrincipal) -> str:
    return _shaped(person, cmd.PERSON_ID)


ProvinceCode = Annotated[str, Depends(_province)]
EsaCode = Annotated[str, Depends(_esa)]
ClusterCode = Annotated[str, Depends(_cluster)]
SchoolCode = Annotated[str, Depends(_school)]
PersonId = Annotated[str, Depends(_person)]


async def unit(d: Directory, kind: str, code: str) -> dict[str, Any]:
    """A unit of the organisation from the directory's view (404 when unknown)."""
    doc = await d.views.get(f"{kind}:{code}")
    if doc is None or doc.get("kind") != kind:
        raise NotFound()
    return public(doc)


def with_etag(response: Response, doc: dict[str, Any]) -> dict[str, Any]:
    """The version of the unit's stream as the view shows it, to send back as If-Match."""
    if "version" in doc:
        response.headers["ETag"] = f'"{doc["version"]}"'
    return doc
