"""Needs reporting routes: response rates, schools not yet answered and needs ranked, for an
ESA, a province (per ESA) and the nation (per province). Production and the media service
are in needs_media."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from kit.http.deps import CurrentPrincipal
from services.reporting.api import needs_media
from services.reporting.api.deps import ReportingDep, Year
from services.reporting.api.needs_scope import check
from services.reporting.application import needs as queries
from services.reporting.application.needs_ranking import needs_ranking

router = APIRouter(prefix="/v1", tags=["needs"])
router.include_router(needs_media.router)
EsaCode = Annotated[str, Path(pattern=r"^[a-z0-9-]{1,40}$")]
ProvinceCode = Annotated[str, Path(pattern=r"^[a-z0-9-]{1,40}$")]
Category = Annotated[Literal["media", "innovation", "technology"] | None, Query()]
Subject = Annotated[str | None, Query(pattern=r"^[a-z_]{1,30}$")]


@router.get("/esas/{esa}/needs/response-rates")
async def needs_esa(
    esa: EsaCode, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Response rates of an ESA's needs-survey campaigns, per campaign and cluster."""
    check(principal, "esa", esa)
    return await queries.needs_esa(r.store, esa, year)


@router.get("/provinces/{province}/needs/response-rates")
async def needs_province(
    province: ProvinceCode, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """A province's response rate with the breakdown per ESA (province = sum of its ESAs)."""
    check(principal, "province", province)
    return await queries.needs_province(r.store, province, year)


@router.get("/nation/needs/response-rates")
async def needs_nation(year: Year, r: ReportingDep, principal: CurrentPrincipal) -> dict[str, Any]:
    """The national response rate with the breakdown per province."""
    check(principal, "nation", "th")
    return await queries.needs_nation(r.store, year)


@router.get("/esas/{esa}/needs/non-respondents")
async def missing_esa(
    esa: EsaCode, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Schools of the ESA that have not answered (or not corrected a returned response)."""
    check(principal, "esa", esa)
    return await queries.non_respondents(r.store, "esa", esa, year)


@router.get("/provinces/{province}/needs/non-respondents")
async def missing_province(
    province: ProvinceCode, year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Schools not yet answered in the province, per ESA."""
    check(principal, "province", province)
    return await queries.non_respondents(r.store, "province", province, year)


@router.get("/nation/needs/non-respondents")
async def missing_nation(
    year: Year, r: ReportingDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """How many schools have not answered, per province."""
    check(principal, "nation", "th")
    return await queries.non_respondents(r.store, "nation", "th", year)


@router.get("/esas/{esa}/needs/ranking")
async def ranking_esa(
    esa: EsaCode,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    category: Category = None,
    subject: Subject = None,
) -> dict[str, Any]:
    """The ESA's needs ranked by category and learning area."""
    check(principal, "esa", esa)
    return await needs_ranking(r.store, "esa", esa, year, category, subject)


@router.get("/provinces/{province}/needs/ranking")
async def ranking_province(
    province: ProvinceCode,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    category: Category = None,
    subject: Subject = None,
) -> dict[str, Any]:
    """The province's needs ranked, with each ESA's ranking."""
    check(principal, "province", province)
    return await needs_ranking(r.store, "province", province, year, category, subject)


@router.get("/nation/needs/ranking")
async def ranking_nation(
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    category: Category = None,
    subject: Subject = None,
) -> dict[str, Any]:
    """The nation's needs ranked, with each province's ranking."""
    check(principal, "nation", "th")
    return await needs_ranking(r.store, "nation", "th", year, category, subject)
