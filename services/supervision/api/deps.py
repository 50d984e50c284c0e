"""What the supervision routes share: the wired service, who may write, who sees what."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.errors import Forbidden, NotFound
from services.supervision.bootstrap import Supervision

SUPERVISORS = {Role.SUPERVISOR}
PLANNERS = {Role.SUPERVISOR, Role.ESA_DIRECTOR}
DIRECTORS = {Role.ESA_DIRECTOR}
NOT_SCHOOL = set(Role) - SCHOOL_ROLES

YearQuery = Annotated[int, Query(ge=2500, le=2700, description="Academic year (B.E.)")]
SemesterQuery = Annotated[int, Query(ge=1, le=2, description="Semester 1 or 2")]


def supervision(request: Request) -> Supervision:
    return request.app.state.supervision  # type: ignore[no-any-return]


SupervisionDep = Annotated[Supervision, Depends(supervision)]


def writer(principal: Principal, esa: str, roles: set[Role]) -> Role:
    """The role the caller writes with in this ESA (404 outside it, 403 without the role)."""
    principal.require_esa(esa, roles)
    return principal.role_for_esa(esa, roles)


def own_school(principal: Principal, esa: str) -> tuple[str, Role]:
    """The school the caller works at (staff or director) in this ESA, and the role."""
    principal.require_esa(esa)
    grant = next((g for g in principal.grants if g.role in SCHOOL_ROLES and g.esa == esa), None)
    if grant is None:
        raise Forbidden("เฉพาะบุคลากรของโรงเรียนเท่านั้น", "Only the school's own staff may do this.")
    return grant.id, grant.role


def reader(principal: Principal, esa: str) -> str | None:
    """Anyone who sees the ESA reads; a school reads only its own records (its code returned)."""
    principal.require_esa(esa)
    if principal.sees_esa(esa, NOT_SCHOOL):
        return None
    grant = principal.school_grant()
    if grant is None:
        raise NotFound()
    return grant.id
