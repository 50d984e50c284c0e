"""What the curriculum routes share: the wired service, and who acts in which role.

Scope is always decided by the Principal (404 outside the caller's scope, 403 inside it with
the wrong role); these helpers only pick the role that goes into the events.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Path, Query, Request

from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.errors import Forbidden
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.case import Actor, school_of
from services.curriculum.domain.reference import BANGKOK, Committee

NOT_SCHOOL = frozenset(set(Role) - SCHOOL_ROLES)

CaseId = Annotated[str, Path(pattern=r"^[0-9]{10}-[0-9]{4}$", description="<school>-<year>")]
MeetingId = Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$", description="A meeting's id")]
YearFilter = Annotated[int | None, Query(ge=2500, le=2700, description="Academic year (B.E.)")]
StageFilter = Annotated[str | None, Query(max_length=30, description="e.g. screening")]
SchoolCode = Annotated[str, Path(pattern=r"^[0-9]{10}$", description="OBEC school code")]


def curriculum(request: Request) -> Curriculum:
    return request.app.state.curriculum  # type: ignore[no-any-return]


CurriculumDep = Annotated[Curriculum, Depends(curriculum)]


def actor(principal: Principal, role: Role, c: Curriculum) -> Actor:
    return Actor(principal.subject, principal.name, role.value, c.commands.now())


def school_role(
    principal: Principal, school: str, esa: str, roles: frozenset[Role] = SCHOOL_ROLES
) -> Role:
    """The caller acts for this school in one of `roles` (404 for another school)."""
    principal.require_school(school, esa, roles)
    return next(
        g.role for g in principal.grants if g.role in roles and g.covers_school(school, esa)
    )


def committee_role(principal: Principal, esa: str, committee: Committee) -> Role:
    """The caller sits on `committee` with a grant covering the case's ESA."""
    role = Role(committee.value)
    principal.require_esa(esa, {role})
    return role


def require_case_reader(principal: Principal, esa: str, case_id: str) -> None:
    """Anyone over the ESA reads its cases; a school reads only its own."""
    principal.require_esa(esa)
    if not principal.sees_esa(esa, NOT_SCHOOL):
        principal.require_school(school_of(case_id), esa)


def require_nation(principal: Principal, roles: set[Role] | None = None) -> None:
    if not principal.sees_nation(roles):
        raise Forbidden("ต้องมีสิทธิ์ระดับประเทศ", "A national role is required.")


def bangkok_time(moment: datetime) -> datetime:
    """A moment without a time zone is read as Thai time."""
    return moment if moment.tzinfo else moment.replace(tzinfo=BANGKOK)
