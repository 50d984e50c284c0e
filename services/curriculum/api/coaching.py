"""The provincial coaching team (ทีมโค้ชจังหวัด): the province's driving committee appoints it
for an academic year, names its coaches and their pilot schools; the province's people (not
schools) read the team; a school reads the coaches who work with it."""

from __future__ import annotations

from typing import Annotated, NamedTuple

from fastapi import APIRouter, Depends, Path, Query

from kit.auth.place import Place
from kit.auth.principal import Role
from kit.commands import CommandMeta
from kit.http.commands import Call, CommandCall
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections.schools import schools_named
from services.curriculum.api.answers_practice import Coach, CoachingTeam
from services.curriculum.api.deps import (
    EVERYONE,
    NOT_SCHOOL,
    CurriculumDep,
    Esa,
    Province,
    SchoolCode,
    acting_role,
    actor,
    require_reader,
    school_place,
)
from services.curriculum.application import coaching
from services.curriculum.domain.commands.base import Command
from services.curriculum.domain.commands.coaching import (
    AppointCoach,
    AppointCoachingTeam,
    AssignCoachSchools,
    ReleaseCoach,
)

router = APIRouter(prefix="/v1", tags=["provincial coaching team"])
TEAM = "/provinces/{province}/coaching-teams"
Year = Annotated[int, Path(ge=2500, le=2700, description="Academic year (B.E.)")]
YearQuery = Annotated[int, Query(ge=2500, le=2700, description="Academic year (B.E.)")]
CoachNo = Annotated[int, Path(ge=1, le=10_000, description="The coach's number in the team")]
APPOINTERS = {Role.DRIVING_COMMITTEE}


def _appointer(call: CommandCall, province: str) -> Role:
    return acting_role(call.principal, Place.of_province(province), APPOINTERS)


class Coaching(NamedTuple):
    """One coach of a province's team, as a path names them."""

    province: str
    year: int
    coach_no: int


def _coach_at(province: Province, year: Year, coach_no: CoachNo) -> Coaching:
    return Coaching(province, year, coach_no)


CoachAt = Annotated[Coaching, Depends(_coach_at)]


def _on_coach(call: CommandCall, command: Command, at: Coaching) -> CommandMeta:
    """A command on one coach of the team (the driving committee)."""
    where = {"province": at.province, "year": at.year, "coach": at.coach_no}
    return call.meta(_appointer(call, at.province), command, **where)


@router.post(TEAM, status_code=201)
async def appoint_team(
    province: Province, command: AppointCoachingTeam, call: Call, c: CurriculumDep
) -> CoachingTeam:
    """Appoint the province's coaching team for an academic year (the driving committee)."""
    role = _appointer(call, province)
    meta = call.meta(role, command, province=province)
    who = actor(call.principal, role, c)
    outcome = await coaching.appoint_team(c.commands, meta, province, command, who)
    location = f"/v1/provinces/{province}/coaching-teams/{command.academic_year}"
    return call.answer(outcome, CoachingTeam, location=location)


@router.get(TEAM + "/{year}")
async def team(
    province: Province, year: Year, c: CurriculumDep, principal: CurrentPrincipal
) -> CoachingTeam:
    """The team, its coaches and the schools each works with (the province's people)."""
    require_reader(principal, Place.of_province(province), NOT_SCHOOL)
    return CoachingTeam.model_validate(await coaching.team(c.commands, province, year))


@router.post(TEAM + "/{year}/coaches", status_code=201)
async def appoint_coach(
    province: Province, year: Year, command: AppointCoach, call: Call, c: CurriculumDep
) -> Coach:
    """Name a member of the team, with their role in it (the driving committee)."""
    meta = call.meta(_appointer(call, province), command, province=province, year=year)
    outcome = await coaching.appoint_coach(c.commands, meta, province, year, command)
    return call.answer(outcome, Coach)


@router.post(TEAM + "/{year}/coaches/{coach_no}/release")
async def release_coach(at: CoachAt, command: ReleaseCoach, call: Call, c: CurriculumDep) -> Coach:
    """A member leaves the team, with the reason (the driving committee)."""
    meta = _on_coach(call, command, at)
    outcome = await coaching.release_coach(c.commands, meta, *at, command)
    return call.answer(outcome, Coach)


@router.put(TEAM + "/{year}/coaches/{coach_no}/schools")
async def assign_schools(
    at: CoachAt, command: AssignCoachSchools, call: Call, c: CurriculumDep
) -> Coach:
    """The pilot schools of the province the coach works with from now on (the whole list)."""
    meta = _on_coach(call, command, at)
    known = await schools_named(c.views, list(command.schools))
    outcome = await coaching.assign_schools(c.commands, meta, *at, command, known)
    return call.answer(outcome, Coach)


@router.get("/esas/{esa}/schools/{school}/coaches")
async def coaches_of_school(
    esa: Esa, school: SchoolCode, year: YearQuery, c: CurriculumDep, principal: CurrentPrincipal
) -> list[Coach]:
    """The province's coaches who work with the school in the year (the school itself and
    those who cover it)."""
    place = await school_place(c, esa, school)
    require_reader(principal, place, EVERYONE)
    found = await coaching.coaches_of(c.commands, place.province_code, year, school)
    return [Coach.model_validate(x) for x in found]
