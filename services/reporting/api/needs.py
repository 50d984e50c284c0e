"""Needs reporting routes: response rates for an ESA, a province (per ESA) and the nation."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kit.errors import Forbidden
from kit.http.deps import CurrentPrincipal
from services.reporting.api.deps import ReportingDep, Year
from services.reporting.application import needs as queries

router = APIRouter(prefix="/v1")


@router.get("/esas/{esa}/needs/response-rates", tags=["needs"])
async def needs_esa(
    esa: str, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
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
