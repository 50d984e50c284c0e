"""Curriculum reporting routes: the case pipeline and competency assessments for an ESA, a
province (with its ESAs) and the nation (with its provinces)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.errors import Forbidden
from kit.http.deps import CurrentPrincipal
from services.reporting.api.deps import ReportingDep, Year
from services.reporting.application import curriculum as queries

router = APIRouter(prefix="/v1", tags=["curriculum"])
Semester = Annotated[int, Query(ge=1, le=2, description="Semester 1 or 2")]
NOT_SCHOOL = set(Role) - SCHOOL_ROLES


def _esa_reader(principal: Principal, esa: str) -> None:
    """Supervisors, committees and officers over the ESA; a school gets 403."""
    principal.require_esa(esa, NOT_SCHOOL)


def _province_reader(principal: Principal, province: str) -> None:
    principal.require_province(province)
    if not principal.sees_province(province):
        raise Forbidden("ต้องมีสิทธิ์ระดับจังหวัด", "A provincial role is required.")


def _nation_reader(principal: Principal) -> None:
    if not principal.sees_nation():
        raise Forbidden("ต้องมีสิทธิ์ระดับประเทศ", "A national role is required.")


@router.get("/esas/{esa}/curriculum/pipeline")
async def pipeline_esa(
    esa: str, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """An ESA's curriculum cases by stage and type, time per stage, decisions, overdue cases."""
    _esa_reader(principal, esa)
    return await queries.pipeline_esa(r.store, esa, year)


@router.get("/provinces/{province}/curriculum/pipeline")
async def pipeline_province(
    province: str, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """A province's curriculum pipeline with the breakdown per ESA (sum of its ESAs)."""
    _province_reader(principal, province)
    return await queries.pipeline_province(r.store, province, year)


@router.get("/nation/curriculum/pipeline")
async def pipeline_nation(
    year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """The national curriculum pipeline with the breakdown per province."""
    _nation_reader(principal)
    return await queries.pipeline_nation(r.store, year)


@router.get("/esas/{esa}/curriculum/assessments")
async def assessments_esa(
    esa: str, year: Year, semester: Semester, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Learners per competency level in the ESA's schools, per school and in total."""
    _esa_reader(principal, esa)
    return await queries.assessments_esa(r.store, esa, year, semester)


@router.get("/provinces/{province}/curriculum/assessments")
async def assessments_province(
    province: str, year: Year, semester: Semester, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Learners per competency level in the province, with the breakdown per ESA."""
    _province_reader(principal, province)
    return await queries.assessments_province(r.store, province, year, semester)


@router.get("/nation/curriculum/assessments")
async def assessments_nation(
    year: Year, semester: Semester, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Learners per competency level in the nation, with the breakdown per province."""
    _nation_reader(principal)
    return await queries.assessments_nation(r.store, year, semester)
