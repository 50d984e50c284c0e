"""The provincial coaching team (ทีมโค้ชจังหวัด, seed 003 item 3.2): the province's driving
committee appoints it for an academic year by an order, names its members, and gives each coach
the pilot schools of the province they work with. Together with the academic subcommittee and
the supervisors, the team follows how the schools use their competency-based curricula.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kit.errors import RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.coaching import (
    AppointCoach,
    AppointCoachingTeam,
    AssignCoachSchools,
    ReleaseCoach,
)
from services.curriculum.domain.events import coaching as ev
from services.curriculum.domain.events.parts import SchoolPlace
from services.curriculum.domain.preparation import not_in_future
from services.curriculum.domain.records import first_of_its_stream, fold_record, found
from services.curriculum.domain.schools import School, refuse_schools
from services.curriculum.domain.teaching_terms import TeamRole


def team_id(province: str, academic_year: int) -> str:
    return f"{province}-{academic_year}"


def team_stream(province: str, academic_year: int) -> str:
    return f"coaching-{team_id(province, academic_year)}"


@dataclass(frozen=True)
class Coach:
    appointed: ev.CoachAppointed
    schools: tuple[SchoolPlace, ...] = ()
    released: ev.CoachReleased | None = None

    @property
    def active(self) -> bool:
        return self.released is None


@dataclass(frozen=True)
class Team:
    appointed: ev.CoachingTeamAppointed
    coaches: tuple[Coach, ...] = ()

    def coach(self, coach_no: int) -> Coach:
        coach = next((c for c in self.coaches if c.appointed.coach_no == coach_no), None)
        team_id = self.appointed.team_id
        return found(coach, "โค้ช", "coach", "coach_not_found", coach_no=coach_no, team_id=team_id)

    def coaches_of(self, school: str) -> list[Coach]:
        """The team's active coaches who work with `school`."""
        return [c for c in self.coaches if c.active and school in {s.school for s in c.schools}]

    def facts(self) -> dict[str, object]:
        a = self.appointed
        return {"team_id": a.team_id, "province": a.province, "academic_year": a.academic_year}


def _then(team: Team, e: DomainEvent) -> Team:
    if isinstance(e, ev.CoachAppointed):
        return replace(team, coaches=(*team.coaches, Coach(e)))
    if isinstance(e, ev.CoachReleased | ev.CoachSchoolsAssigned):
        return replace(team, coaches=tuple(_changed(c, e) for c in team.coaches))
    return team


def _changed(coach: Coach, e: ev.CoachReleased | ev.CoachSchoolsAssigned) -> Coach:
    if coach.appointed.coach_no != e.coach_no:
        return coach
    if isinstance(e, ev.CoachReleased):
        return replace(coach, released=e, schools=())
    return replace(coach, schools=tuple(e.schools))


def fold(history: list[DomainEvent]) -> Team | None:
    return fold_record(history, ev.CoachingTeamAppointed, Team, _then)


def team_from(history: list[DomainEvent], team: str = "") -> Team:
    return found(
        fold(history), "ทีมโค้ชจังหวัด", "coaching team", "coaching_team_not_found", team_id=team
    )


def appoint_team(
    history: list[DomainEvent], province: str, command: AppointCoachingTeam, actor: Actor
) -> list[DomainEvent]:
    team = team_id(province, command.academic_year)
    first_of_its_stream(
        history,
        "แต่งตั้งทีมโค้ชจังหวัดของปีการศึกษานี้แล้ว",
        "The province's coaching team for this year is already appointed.",
        "coaching_team_exists",
        team_id=team,
    )
    not_in_future(command.appointed_on, actor.today, "appointed_on")
    return [
        ev.CoachingTeamAppointed(
            team_id=team,
            province=province,
            **command.model_dump(),
            appointed_by=actor.id,
            appointer_name=actor.name,
        )
    ]


def appoint_coach(history: list[DomainEvent], command: AppointCoach) -> list[DomainEvent]:
    team = team_from(history)
    active = [c.appointed for c in team.coaches if c.active]
    if command.team_role is TeamRole.LEADER and any(c.team_role == TeamRole.LEADER for c in active):
        raise RuleViolation(
            "ทีมโค้ชมีหัวหน้าทีมแล้ว",
            "The team already has a leader.",
            code="team_has_a_leader",
            details={"team_role": command.team_role.value},
        )
    if command.person and command.person in {c.person for c in active}:
        raise RuleViolation(
            "บุคคลนี้เป็นโค้ชในทีมแล้ว",
            "This person is already on the team.",
            code="coach_already_on_team",
            details={"person": command.person},
        )
    number = len(team.coaches) + 1
    return [ev.CoachAppointed(**team.facts(), coach_no=number, **command.model_dump(mode="json"))]


def release_coach(
    history: list[DomainEvent], coach_no: int, command: ReleaseCoach
) -> list[DomainEvent]:
    team = team_from(history)
    _active(team.coach(coach_no))
    return [ev.CoachReleased(**team.facts(), coach_no=coach_no, reason=command.reason)]


def assign_schools(
    history: list[DomainEvent],
    coach_no: int,
    command: AssignCoachSchools,
    known: dict[str, School],
) -> list[DomainEvent]:
    """`known`: the listed schools the directory knows (from the service's view)."""
    team = team_from(history)
    coach = _active(team.coach(coach_no))
    province = team.appointed.province
    refuse_schools(
        (s for s in command.schools if s not in known or known[s].province != province),
        "ไม่พบโรงเรียนเหล่านี้ในจังหวัด",
        "These schools are not in the province.",
        "schools_not_in_province",
    )
    refuse_schools(
        (s for s in command.schools if not known[s].sandbox_pilot),
        "ทีมโค้ชจังหวัดดูแลเฉพาะสถานศึกษานำร่อง โรงเรียนต่อไปนี้ไม่ใช่สถานศึกษานำร่อง",
        "The coaching team works with sandbox pilot schools only.",
        "not_a_sandbox_pilot_school",
    )
    before = [s.school for s in coach.schools]
    if before == list(command.schools):
        return []
    return [
        ev.CoachSchoolsAssigned(
            **team.facts(),
            coach_no=coach_no,
            schools=[known[s].place for s in command.schools],
            added=[s for s in command.schools if s not in before],
            removed=[s for s in before if s not in command.schools],
        )
    ]


def _active(coach: Coach) -> Coach:
    if not coach.active:
        raise RuleViolation(
            "โค้ชคนนี้พ้นจากทีมแล้ว",
            "This coach has left the team.",
            code="coach_released",
            details={"coach_no": coach.appointed.coach_no},
        )
    return coach
