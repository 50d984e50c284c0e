"""Plan routes: a semester's assignments and planned visits, and visit coverage."""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.place import Place
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.supervision.adapters import coverage as coverage_query
from services.supervision.adapters import reading
from services.supervision.api.access import (
    PLANNERS,
    SUPERVISORS,
    acting_role,
    school_reader,
    staff_reader,
)
from services.supervision.api.answers import SchoolsAssignedAnswer, VisitPlannedAnswer
from services.supervision.api.answers_visits import Coverage, Plan
from services.supervision.api.deps import (
    Esa,
    PathSemester,
    PathYear,
    SemesterQuery,
    SupervisionDep,
    YearQuery,
    known_esa,
)
from services.supervision.api.places import named_school, named_schools
from services.supervision.application import plans
from services.supervision.application.schools import schools_of_cluster
from services.supervision.domain.commands.visits import AssignSchools, PlanVisit
from services.supervision.domain.terms import thai_day

router = APIRouter(prefix="/v1/esas/{esa}", tags=["plans"])


@router.post("/plans/{year}/{semester}/assignments")
async def assign_schools(
    esa: Esa,
    year: PathYear,
    semester: PathSemester,
    command: AssignSchools,
    call: Call,
    s: SupervisionDep,
) -> SchoolsAssignedAnswer:
    """Assign schools (a cluster or a list) to a supervisor for the semester; a school another
    supervisor had is reassigned (supervisors and the ESA director, for schools they cover)."""
    call.principal.require_place(Place.of_esa(esa))
    codes = list(command.schools)
    if command.cluster:
        codes += [x.school for x in await schools_of_cluster(s.lookups, esa, command.cluster)]
    schools = list((await named_schools(call.principal, s.lookups, esa, codes, PLANNERS)).values())
    role = acting_role(call.principal, schools[0].place, PLANNERS)
    meta = call.meta(role, command, esa=esa, year=year, semester=semester)
    term = (esa, year, semester)
    outcome = await plans.assign_schools(
        s.commands, meta, term, _supervisor(call, command), schools
    )
    return call.answer(outcome, SchoolsAssignedAnswer)


def _supervisor(call: Call, command: AssignSchools) -> tuple[str, str]:
    """The supervisor assigned (the caller when none is named) and their name."""
    person = command.supervisor or call.principal.subject
    own = person == call.principal.subject
    return person, command.supervisor_name or (call.principal.name if own else person)


@router.post("/plans/{year}/{semester}/planned-visits", status_code=201)
async def plan_visit(
    esa: Esa,
    year: PathYear,
    semester: PathSemester,
    command: PlanVisit,
    call: Call,
    s: SupervisionDep,
) -> VisitPlannedAnswer:
    """Plan a visit to one of the supervisor's assigned schools within the semester."""
    school, role = await named_school(call.principal, s.lookups, esa, command.school, SUPERVISORS)
    meta = call.meta(role, command, esa=esa, year=year, semester=semester)
    term = (year, semester)
    outcome = await plans.plan_visit(
        s.commands, meta, school, term, call.principal.subject, command
    )
    return call.answer(outcome, VisitPlannedAnswer)


@router.get("/plans/{year}/{semester}")
async def get_plan(
    esa: Esa, year: PathYear, semester: PathSemester, s: SupervisionDep, principal: CurrentPrincipal
) -> Plan:
    """The semester's plan: who looks after which school, reassignments, planned visits (the
    ESA's staff; a cluster's supervisor sees its cluster's schools; not schools)."""
    admits = staff_reader(principal, esa)
    await known_esa(s, esa)
    return Plan.model_validate(await reading.plan(s.views, esa, year, semester, admits))


@router.get("/coverage")
async def coverage(
    esa: Esa,
    year: YearQuery,
    semester: SemesterQuery,
    s: SupervisionDep,
    principal: CurrentPrincipal,
) -> Coverage:
    """Per school and per supervisor: visits this semester, not visited this semester, not
    visited in the last 30 days (a cluster's supervisor sees its cluster, a school its line)."""
    admits = school_reader(principal, esa)
    await known_esa(s, esa)
    today = thai_day(s.commands.now())
    found = await coverage_query.coverage(s.views, esa, (year, semester), today, admits)
    return Coverage.model_validate(found)
