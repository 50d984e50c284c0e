"""What the curriculum routes share: the wired service, the ids in paths (an id of the wrong
shape is not found, never refused as input), and who may act or read where.

Scope is always decided by the Principal with a `Place` (404 outside the caller's scope, 403
inside it with the wrong role); these helpers pick the place and the role that goes into the
events. The read rules are written down in docs/curriculum.md, "Who reads what".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request

from kit.auth.place import Place
from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.errors import Forbidden, NotFound
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections.schools import school_doc
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.case import Actor
from services.curriculum.domain.reference import BANGKOK

NOT_SCHOOL = frozenset(set(Role) - SCHOOL_ROLES)
EVERYONE = frozenset(Role)
DIRECTOR = frozenset({Role.SCHOOL_DIRECTOR})


def curriculum(request: Request) -> Curriculum:
    return request.app.state.curriculum  # type: ignore[no-any-return]


CurriculumDep = Annotated[Curriculum, Depends(curriculum)]


def _shaped(name: str, value: str, pattern: str, what_th: str, what_en: str) -> str:
    """A path id of another shape than `pattern` names nothing: not found. The id dependencies
    below take the caller first, so an unsigned request is 401 before any id is looked at."""
    if not re.fullmatch(pattern, value):
        raise NotFound(f"ไม่พบ{what_th}นี้", f"No such {what_en}.", details={name: value})
    return value


def _case_id(
    case_id: Annotated[str, Path(description="<school>-<year>")], _signed_in: CurrentPrincipal
) -> str:
    return _shaped("case_id", case_id, r"[0-9]{10}-[0-9]{4}", "คำขอหลักสูตร", "curriculum case")


def _meeting_id(
    meeting_id: Annotated[str, Path(description="A meeting's id")], _signed_in: CurrentPrincipal
) -> str:
    return _shaped("meeting_id", meeting_id, UUID, "การประชุม", "committee meeting")


def _school(
    school: Annotated[str, Path(description="OBEC school code")], _signed_in: CurrentPrincipal
) -> str:
    return _shaped("school", school, r"[0-9]{10}", "โรงเรียน", "school")


def _plan_id(
    plan_id: Annotated[str, Path(description="A lesson plan's id")], _signed_in: CurrentPrincipal
) -> str:
    return _shaped("plan_id", plan_id, TEACHER_RECORD.format(""), "แผนการจัดการเรียนรู้", "lesson plan")


def _forum_id(
    forum_id: Annotated[str, Path(description="A forum's id")], _signed_in: CurrentPrincipal
) -> str:
    return _shaped("forum_id", forum_id, UUID, "เวทีแลกเปลี่ยนเรียนรู้", "exchange forum")


def _record_id(
    record_id: Annotated[str, Path(description="A class record's id")], _signed_in: CurrentPrincipal
) -> str:
    pattern = TEACHER_RECORD.format("[12]-")
    return _shaped("record_id", record_id, pattern, "บันทึกการวัดและประเมินผล", "class record")


UUID = r"[0-9a-f-]{36}"
TEACHER_RECORD = r"[0-9]{{10}}-[0-9]{{4}}-{}[a-z_]+-[a-z0-9]+-[0-9a-f]{{10}}"
Esa = Annotated[str, Path(description="ESA code, e.g. rayong-2")]
Province = Annotated[str, Path(description="Province code, e.g. rayong")]
CaseId = Annotated[str, Depends(_case_id)]
MeetingId = Annotated[str, Depends(_meeting_id)]
SchoolCode = Annotated[str, Depends(_school)]
PlanId = Annotated[str, Depends(_plan_id)]
ForumId = Annotated[str, Depends(_forum_id)]
RecordId = Annotated[str, Depends(_record_id)]
YearFilter = Annotated[int | None, Query(ge=2500, le=2700, description="Academic year (B.E.)")]
SemesterFilter = Annotated[int | None, Query(ge=1, le=2, description="Semester 1 or 2")]


async def school_place(c: Curriculum, esa: str, school: str) -> Place:
    """The school's place, with its cluster when the service knows the school in this ESA
    (a cluster grant covers a school only with its cluster: without it, it fails closed)."""
    doc = await school_doc(c.views, school)
    cluster = doc["cluster"] if doc and doc["esa"] == esa else ""
    return Place.of_school(school, esa, cluster)


def acting_role(principal: Principal, place: Place, roles: Iterable[Role]) -> Role:
    """The role the caller acts in at `place` (404 outside their scope, 403 without one of
    `roles` there)."""
    principal.require_place(place)
    wanted = frozenset(roles)
    role = next((g.role for g in principal.grants if g.role in wanted and g.covers(place)), None)
    if role is None:
        raise Forbidden(details={"roles": sorted(wanted)})
    return role


def require_over(principal: Principal, place: Place, roles: Iterable[Role]) -> None:
    """A read of a whole place (a province's worklist, the nation's meetings): 404 outside
    the caller's scope, 403 unless a grant of one of `roles` covers all of it."""
    acting_role(principal, place, roles)


def require_reader(principal: Principal, place: Place, roles: Iterable[Role]) -> None:
    """404 outside the caller's scope; 403 unless one of `roles` covers `place` or belongs
    somewhere in it."""
    principal.require_place(place)
    wanted = frozenset(roles)
    if not any(g.role in wanted and (g.covers(place) or g.within(place)) for g in principal.grants):
        raise Forbidden(details={"roles": sorted(wanted)})


def of_school(school: str, record_id: str) -> str:
    """A teacher's record (a plan, a class record) named under a school: its id begins with
    the school's code, else it is not that school's (not found)."""
    if not record_id.startswith(f"{school}-"):
        raise NotFound(details={"school": school, "id": record_id})
    return record_id


def covered(principal: Principal, esa: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of an ESA's list the caller may read: all of them over the whole ESA, else
    the rows of the schools (or clusters) their grants cover."""
    if principal.covers(Place.of_esa(esa)):
        return rows
    return [
        r for r in rows if principal.covers(Place.of_school(r["school"], esa, r.get("cluster", "")))
    ]


def actor(principal: Principal, role: Role, c: Curriculum) -> Actor:
    return Actor(principal.subject, principal.name, role.value, c.commands.now())


def bangkok_time(moment: datetime) -> datetime:
    """A moment without a time zone is read as Thai time."""
    return moment if moment.tzinfo else moment.replace(tzinfo=BANGKOK)
