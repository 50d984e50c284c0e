"""The events of a province's coaching team for an academic year (stream
`coaching-<province>-<year>`, tenant = the province code)."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.curriculum.domain.events.parts import SchoolPlace


class CoachingTeamEvent(DomainEvent):
    team_id: str  # "<province>-<academic year>"
    province: str
    academic_year: int  # B.E.


class CoachingTeamAppointed(CoachingTeamEvent):
    """The driving committee appointed the province's coaching team for an academic year.

    The provincial coaching team (ทีมโค้ชจังหวัด), by an order (number and date)."""

    type = "curriculum.CoachingTeamAppointed"
    order_no: str
    appointed_on: date
    title: str
    appointed_by: str
    appointer_name: str


class CoachAppointed(CoachingTeamEvent):
    """A member joined the coaching team, with their role in it."""

    type = "curriculum.CoachAppointed"
    coach_no: int  # 1, 2, 3... within the team
    name: str
    position: str
    organisation: str
    team_role: str  # leader, coach, secretary
    person: str = ""  # the coach's Nithet person id, when they sign in


class CoachReleased(CoachingTeamEvent):
    """A member left the coaching team (the schools they coached are no longer theirs)."""

    type = "curriculum.CoachReleased"
    coach_no: int
    reason: str


class CoachSchoolsAssigned(CoachingTeamEvent):
    """The pilot schools a coach works with from now on (the whole list), and the change."""

    type = "curriculum.CoachSchoolsAssigned"
    coach_no: int
    schools: list[SchoolPlace]
    added: list[str]
    removed: list[str]


COACHING_EVENTS: list[type[DomainEvent]] = [
    CoachingTeamAppointed,
    CoachAppointed,
    CoachReleased,
    CoachSchoolsAssigned,
]
