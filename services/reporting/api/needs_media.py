"""Needs reporting routes for media production (form 3) and the media service (form 4), at
ESA, province (per ESA) and nation (per province) level."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from kit.http.deps import CurrentPrincipal
from services.reporting.api.deps import ReportingDep, Semester, Year
from services.reporting.api.needs_scope import check
from services.reporting.application.needs_production import production
from services.reporting.application.needs_service import service

router = APIRouter()
Code = Annotated[str, Path(pattern=r"^[a-z0-9-]{1,40}$")]
On = Annotated[date | None, Query(description="The day overdue is counted at (default today)")]


@router.get("/esas/{esa}/needs/production")
async def production_esa(
    esa: Code, year: Year, r: ReportingDep, principal: CurrentPrincipal, semester: Semester = None
) -> dict[str, Any]:
    """Media and innovations registered by the ESA's schools, by quality level, kind, area."""
    check(principal, "esa", esa)
    return await production(r.store, "esa", esa, year, semester)


@router.get("/provinces/{province}/needs/production")
async def production_province(
    province: Code,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    semester: Semester = None,
) -> dict[str, Any]:
    """Production in the province, with the breakdown per ESA."""
    check(principal, "province", province)
    return await production(r.store, "province", province, year, semester)


@router.get("/nation/needs/production")
async def production_nation(
    year: Year, r: ReportingDep, principal: CurrentPrincipal, semester: Semester = None
) -> dict[str, Any]:
    """Production in the nation, with the breakdown per province."""
    check(principal, "nation", "th")
    return await production(r.store, "nation", "th", year, semester)


@router.get("/esas/{esa}/needs/service")
async def service_esa(
    esa: Code,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    semester: Semester = None,
    on: On = None,
) -> dict[str, Any]:
    """The ESA's media service: requests open, overdue, fulfilled; mean satisfaction."""
    check(principal, "esa", esa)
    return await service(r.store, "esa", esa, year, semester, on)


@router.get("/provinces/{province}/needs/service")
async def service_province(
    province: Code,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    semester: Semester = None,
    on: On = None,
) -> dict[str, Any]:
    """The media service in the province, with the breakdown per ESA."""
    check(principal, "province", province)
    return await service(r.store, "province", province, year, semester, on)


@router.get("/nation/needs/service")
async def service_nation(
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    semester: Semester = None,
    on: On = None,
) -> dict[str, Any]:
    """The media service in the nation, with the breakdown per province."""
    check(principal, "nation", "th")
    return await service(r.store, "nation", "th", year, semester, on)
