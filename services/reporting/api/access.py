"""Who may read what in reporting: the one rule every report, view and export passes through.

- An ESA's figures (its reports, its unified view, its year-end report) speak of all its
  schools: coverage lists, schools not visited or not answered, rankings. They are read by
  the roles that work over the whole ESA: its supervisors and director, the committees and
  officers of its province, national roles, admins and integrations.
- A province's figures by provincial (or national) roles; the nation's by national roles.
- A school's own view (`/v1/views/schools/{school}`) by anyone whose grant covers the school:
  its own staff and director, the supervisor of its cluster, its ESA, province and nation.
- Outside the caller's scope: 404 (its existence is not revealed). In scope without a role
  that may read it: 403 (a school's staff asking for their ESA's figures, an ESA's supervisor
  asking for the province's). An office that does not exist: 404.

A report may name other readers (the administration: admins only). The decision and its
reasons are in docs/reporting.md ("Who may read what").
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Path

from kit.auth.principal import SCHOOL_ROLES, Place, Principal, Role
from kit.errors import NotFound
from kit.http.deps import CurrentPrincipal
from services.reporting.api.answers import Level
from services.reporting.api.deps import ReportingDep
from services.reporting.application import organisation as org
from services.reporting.application.school_view import school_place
from services.reporting.bootstrap import Reporting

STAFF = frozenset(Role) - SCHOOL_ROLES  # every role that works over a whole office
EVERYONE = frozenset(Role)
ADMINS = frozenset({Role.ADMIN})
EsaCode = Annotated[str, Path(description="The ESA's code, e.g. loei-3")]
ProvinceCode = Annotated[str, Path(description="The province's code, e.g. loei")]
SchoolCode = Annotated[str, Path(description="The school's OBEC code, e.g. 1042060101")]


@dataclass(frozen=True)
class Office:
    """What a request reads: a school, an ESA, a province or the nation ("th")."""

    level: Level
    code: str


def require(principal: Principal, place: Place, readers: frozenset[Role]) -> None:
    """404 when `place` is outside the caller's scope; 403 when in scope but no grant of
    `readers` covers it."""
    principal.require_place(place, readers)


KNOWN = {  # how an ESA's or a province's existence is read, and the answer when it is not
    Level.ESA: (org.esa, Place.of_esa, "ไม่พบเขตพื้นที่การศึกษานี้", "No such ESA."),
    Level.PROVINCE: (org.province, Place.of_province, "ไม่พบจังหวัดนี้", "No such province."),
}


async def _unit(
    r: Reporting, principal: Principal, level: Level, code: str, readers: frozenset[Role]
) -> Office:
    found, place, missing_th, missing_en = KNOWN[level]
    require(principal, place(code), readers)
    if await found(r.reads, code) is None:
        raise NotFound(missing_th, missing_en)
    return Office(level, code)


async def _school(r: Reporting, principal: Principal, school: str) -> Office:
    placed = await school_place(r.reads, school)
    if placed is None or "esa" not in placed:
        raise NotFound("ไม่พบโรงเรียนนี้", "No such school.")
    place = Place.of_school(school, placed["esa"], placed.get("cluster", ""))
    require(principal, place, EVERYONE)
    return Office(Level.SCHOOL, school)


OfficeDep = Callable[..., Awaitable[Office]]


def office(level: Level, readers: frozenset[Role] = STAFF) -> OfficeDep:
    """The dependency that names a route's office from its path and applies the rule."""
    if level is Level.ESA:

        async def esa_office(esa: EsaCode, principal: CurrentPrincipal, r: ReportingDep) -> Office:
            return await _unit(r, principal, Level.ESA, esa, readers)

        return esa_office
    if level is Level.PROVINCE:

        async def province_office(
            province: ProvinceCode, principal: CurrentPrincipal, r: ReportingDep
        ) -> Office:
            return await _unit(r, principal, Level.PROVINCE, province, readers)

        return province_office
    if level is Level.SCHOOL:

        async def school_office(
            school: SchoolCode, principal: CurrentPrincipal, r: ReportingDep
        ) -> Office:
            return await _school(r, principal, school)

        return school_office

    async def nation_office(principal: CurrentPrincipal) -> Office:
        require(principal, Place(), readers)
        return Office(Level.NATION, "th")

    return nation_office
