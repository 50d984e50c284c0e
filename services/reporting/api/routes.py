"""Reporting routes: the same figures for an ESA, a province (per ESA) and the nation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from kit.auth.principal import Role
from kit.errors import Forbidden
from kit.http.deps import CurrentPrincipal
from services.reporting.application import queries
from services.reporting.bootstrap import Reporting

router = APIRouter(prefix="/v1")
Year = Annotated[int, Query(ge=2500, le=2700, description="Academic year (B.E.), e.g. 2569")]


def reporting(request: Request) -> Reporting:
    return request.app.state.reporting  # type: ignore[no-any-return]


ReportingDep = Annotated[Reporting, Depends(reporting)]


@router.get("/esas/{esa}/needs/response-rates", tags=["needs"])
async def needs_esa(esa: str, year: Year, r: ReportingDep, principal: CurrentPrincipal) -> dict[str, Any]:
    """Response rates of an ESA's needs-survey campaigns, per campaign and cluster."""
    principal.require_esa(esa)
    return await queries.needs_esa(r.store, esa, year)


@router.get("/provinces/{province}/needs/response-rates", tags=["needs"])
async def needs_province(
    province: str, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """A province's response rate with the breakdown per ESA (province = sum of its ESAs)."""
    principal.require_province(province)
    if not principal.sees_province(province):
        raise Forbidden("ต้องมีสิทธิ์ระดับจังหวัด", "A provincial role is required.")
    return await queries.needs_province(r.store, province, year)


@router.get("/nation/needs/response-rates", tags=["needs"])
async def needs_nation(year: Year, r: ReportingDep, principal: CurrentPrincipal) -> dict[str, Any]:
    """The national response rate with the breakdown per province."""
    if not principal.sees_nation():
        raise Forbidden("ต้องมีสิทธิ์ระดับประเทศ", "A national role is required.")
    return await queries.needs_nation(r.store, year)


@router.get("/admin/read-models", tags=["administration"])
async def read_models(r: ReportingDep, principal: CurrentPrincipal) -> dict[str, Any]:
    """Each read model: generation, freshness, rebuild progress (admin)."""
    if not principal.sees_nation({Role.ADMIN}):
        raise Forbidden()
    return {
        "read_models": [live.status() for live in r.lives],
        "rebuilds": {k: v.as_dict() for k, v in r.rebuilds.items()},
    }


@router.post("/admin/read-models/{model}/rebuild", tags=["administration"], status_code=202)
async def start_rebuild(model: str, r: ReportingDep, principal: CurrentPrincipal) -> dict[str, Any]:
    """Rebuild a read model from offset 0 into a new generation, then switch (admin)."""
    if not principal.sees_nation({Role.ADMIN}):
        raise Forbidden()
    return r.start_rebuild(model).as_dict()
