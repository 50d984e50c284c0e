"""Supervision reporting routes: each view (coverage, follow-ups, observations, quality, sar)
for an ESA, a province (per ESA) and the nation (per province), and the headline section."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path

from kit.errors import Forbidden
from kit.http.deps import CurrentPrincipal
from services.reporting.api.deps import ReportingDep, Semester, Year
from services.reporting.application import supervision as queries

router = APIRouter(prefix="/v1", tags=["supervision"])
View = Annotated[
    Literal["coverage", "follow-ups", "observations", "quality", "sar"],
    Path(description="coverage, follow-ups, observations, quality (4Q) or sar"),
]


def _province_reader(principal: Any, province: str) -> None:
    principal.require_province(province)
    if not principal.sees_province(province):
        raise Forbidden("ต้องมีสิทธิ์ระดับจังหวัด", "A provincial role is required.")


def _nation_reader(principal: Any) -> None:
    if not principal.sees_nation():
        raise Forbidden("ต้องมีสิทธิ์ระดับประเทศ", "A national role is required.")


@router.get("/esas/{esa}/supervision/{view}")
async def supervision_esa(
    esa: str,
    view: View,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    semester: Semester = None,
) -> dict[str, Any]:
    """A supervision view of an ESA (semester optional: the whole year when omitted)."""
    principal.require_esa(esa)
    return await queries.supervision_esa(r.store, view, esa, year, semester)


@router.get("/provinces/{province}/supervision/{view}")
async def supervision_province(
    province: str,
    view: View,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    semester: Semester = None,
) -> dict[str, Any]:
    """A supervision view of a province with its ESAs (province = sum of its ESAs)."""
    _province_reader(principal, province)
    return await queries.supervision_province(r.store, view, province, year, semester)


@router.get("/nation/supervision/{view}")
async def supervision_nation(
    view: View, year: Year, r: ReportingDep, principal: CurrentPrincipal, semester: Semester = None
) -> dict[str, Any]:
    """A supervision view of the nation with its provinces."""
    _nation_reader(principal)
    return await queries.supervision_nation(r.store, view, year, semester)


@router.get("/esas/{esa}/supervision")
async def section_esa(
    esa: str, year: Year, r: ReportingDep, principal: CurrentPrincipal, semester: Semester = None
) -> dict[str, Any]:
    """Headline supervision figures of an ESA (Thai labels)."""
    principal.require_esa(esa)
    return await queries.section(r.store, "esa", esa, year, semester)


@router.get("/provinces/{province}/supervision")
async def section_province(
    province: str,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    semester: Semester = None,
) -> dict[str, Any]:
    """Headline supervision figures of a province, per ESA."""
    _province_reader(principal, province)
    return await queries.section(r.store, "province", province, year, semester)


@router.get("/nation/supervision")
async def section_nation(
    year: Year, r: ReportingDep, principal: CurrentPrincipal, semester: Semester = None
) -> dict[str, Any]:
    """Headline supervision figures of the nation, per province."""
    _nation_reader(principal)
    return await queries.section(r.store, "nation", "th", year, semester)
