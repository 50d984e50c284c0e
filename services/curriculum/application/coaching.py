"""The provincial coaching team's commands and reads, on the team's stream (tenant = the
province code). The schools a coach is given come from the service's view of the directory,
looked up by the caller; whether someone coaches a school is read from the team's stream."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, Describe, StreamTarget
from kit.events import DomainEvent
from services.curriculum.domain import coaching
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.coaching import (
    AppointCoach,
    AppointCoachingTeam,
    AssignCoachSchools,
    ReleaseCoach,
)
from services.curriculum.domain.schools import School
from services.curriculum.domain.teaching_terms import TEAM_ROLES, TeamRole


def team_target(province: str, academic_year: int) -> StreamTarget:
    return StreamTarget(province, province, coaching.team_stream(province, academic_year))


def team_answer(team: coaching.Team) -> dict[str, Any]:
    a = team.appointed
    coaches = [coach_answer(c) for c in team.coaches]
    schools = {s["school"] for c in coaches if c["active"] for s in c["schools"]}
    return a.model_dump(mode="json") | {"coaches": coaches, "schools_coached": len(schools)}


def coach_answer(coach: coaching.Coach) -> dict[str, Any]:
    a = coach.appointed
    return a.model_dump(mode="json", exclude={"province", "academic_year"}) | {
        "team_role_th": TEAM_ROLES[TeamRole(a.team_role)][0],
        "active": coach.active,
        "released_reason": coach.released.reason if coach.released else None,
        "schools": [s.model_dump() for s in coach.schools],
    }


def _describe_coach(coach_no: int | None) -> Describe:
    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        team = coaching.team_from([*history, *new])
        number = coach_no if coach_no is not None else team.coaches[-1].appointed.coach_no
        return coach_answer(team.coach(number))

    return describe


async def appoint_team(
    runner: CommandRunner,
    meta: CommandMeta,
    province: str,
    command: AppointCoachingTeam,
    actor: Actor,
) -> CommandOutcome:
    return await runner.run(
        team_target(province, command.academic_year),
        meta,
        lambda h: coaching.appoint_team(h, province, command, actor),
        describe=lambda h, new: team_answer(coaching.team_from([*h, *new])),
    )


async def appoint_coach(
    runner: CommandRunner, meta: CommandMeta, province: str, year: int, command: AppointCoach
) -> CommandOutcome:
    return await runner.run(
        team_target(province, year),
        meta,
        lambda h: coaching.appoint_coach(_team_history(h, province, year), command),
        describe=_describe_coach(None),
    )


async def release_coach(
    runner: CommandRunner,
    meta: CommandMeta,
    province: str,
    year: int,
    coach_no: int,
    command: ReleaseCoach,
) -> CommandOutcome:
    return await runner.run(
        team_target(province, year),
        meta,
        lambda h: coaching.release_coach(_team_history(h, province, year), coach_no, command),
        describe=_describe_coach(coach_no),
    )


async def assign_schools(
    runner: CommandRunner,
    meta: CommandMeta,
    province: str,
    year: int,
    coach_no: int,
    command: AssignCoachSchools,
    known: dict[str, School],
) -> CommandOutcome:
    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        team_history = _team_history(history, province, year)
        return coaching.assign_schools(team_history, coach_no, command, known)

    return await runner.run(
        team_target(province, year), meta, decide, describe=_describe_coach(coach_no)
    )


def _team_history(history: list[DomainEvent], province: str, year: int) -> list[DomainEvent]:
    """The team's history, refused with the team's id when it was never appointed."""
    coaching.team_from(history, coaching.team_id(province, year))
    return history


async def team(runner: CommandRunner, province: str, year: int) -> dict[str, Any]:
    history, _ = await runner.history(team_target(province, year))
    return team_answer(coaching.team_from(history, coaching.team_id(province, year)))


async def coaches_of(
    runner: CommandRunner, province: str, year: int, school: str
) -> list[dict[str, Any]]:
    """The team's active coaches who work with the school (none when no team was appointed)."""
    history, _ = await runner.history(team_target(province, year))
    found = coaching.fold(history)
    return [coach_answer(c) for c in found.coaches_of(school)] if found else []


async def coaches_school(
    runner: CommandRunner, province: str, year: int, school: str, person: str
) -> bool:
    """`person` is an active coach of the province's team who works with `school`."""
    coaches = await coaches_of(runner, province, year, school)
    return any(c["person"] == person for c in coaches)
