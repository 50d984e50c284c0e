"""Plan routes: a semester's assignments and planned visits, and visit coverage."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from services.supervision.api import schemas
from services.supervision.api.deps import (
    PLANNERS,
    SUPERVISORS,
    SemesterQuery,
    SupervisionDep,
    YearQuery,
    reader,
    writer,
)
from services.supervision.application import plans, queries
from services.supervision.application.views import school_in_esa, schools_in_esa, schools_of_cluster
from services.supervision.domain.terms import thai_day

router = APIRouter(prefix="/v1/esas/{esa}", tags=["plans"])
PlanYear = Annotated[int, Path(ge=2560, le=2600, description="Academic year (B.E.)")]
PlanSemester = Annotated[int, Path(ge=1, le=2)]


@router.post("/plans/{year}/{semester}/assignments")
async def assign_schools(
    esa: str,
    year: PlanYear,
    semester: PlanSemester,
    body: schemas.AssignSchoolsRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Assign schools (a cluster or a list) to a supervisor for the semester; a school another
    supervisor had is reassigned (supervisors and the ESA director)."""
    role = writer(principal, esa, PLANNERS)
    codes = list(body.schools)
    if body.cluster:
        codes += await schools_of_cluster(s.views, esa, body.cluster)
    schools = await schools_in_esa(s.views, esa, codes)
    supervisor = body.supervisor or principal.subject
    own = supervisor == principal.subject
    name = body.supervisor_name or (principal.name if own else supervisor)
    meta = command_meta(
        principal, role, "assign_schools", {"esa": esa, **body.model_dump(mode="json")}, key
    )
    outcome = await plans.assign_schools(
        s.commands, meta, esa, year, semester, supervisor, name, schools
    )
    return command_answer(outcome, response)


@router.post("/plans/{year}/{semester}/planned-visits", status_code=201)
async def plan_visit(
    esa: str,
    year: PlanYear,
    semester: PlanSemester,
    body: schemas.PlanVisitRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Plan a visit to one of the supervisor's assigned schools within the semester."""
    role = writer(principal, esa, SUPERVISORS)
    school = await school_in_esa(s.views, esa, body.school)
    meta = command_meta(
        principal, role, "plan_visit", {"esa": esa, **body.model_dump(mode="json")}, key
    )
    outcome = await plans.plan_visit(
        s.commands,
        meta,
        school,
        year,
        semester,
        principal.subject,
        body.planned_on,
        body.mode,
        body.focus,
        body.policies,
    )
    return command_answer(outcome, response)


@router.get("/plans/{year}/{semester}")
async def get_plan(
    esa: str, year: PlanYear, semester: PlanSemester, s: SupervisionDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """The semester's plan: who looks after which school, reassignments, planned visits."""
    if reader(principal, esa) is not None:
        writer(principal, esa, PLANNERS)  # a school does not read the ESA's plan
    return await queries.plan(s.views, esa, year, semester)


@router.get("/coverage")
async def coverage(
    esa: str,
    year: YearQuery,
    semester: SemesterQuery,
    s: SupervisionDep,
    principal: CurrentPrincipal,
) -> dict[str, Any]:
    """Per school and per supervisor: visits this semester, not visited this semester, not
    visited in the last 30 days (a school sees its own line)."""
    school = reader(principal, esa)
    today = thai_day(s.commands.now())
    return await queries.coverage(s.views, esa, year, semester, today, school)
