"""Teachers' lesson plans: a teacher starts a plan for a learning area and grade and adds its
document versions; supervisors (and the academic subcommittee with the coaching team) give
feedback on a version. The school and those who cover it read its plans; an ESA's list shows
each reader the plans of the schools they cover."""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.place import Place
from kit.auth.principal import SCHOOL_ROLES, Role
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections import lesson_plans as rows
from services.curriculum.api import command_routes as routes
from services.curriculum.api.answers_teaching import LessonPlan, LessonPlanRow
from services.curriculum.api.deps import (
    EVERYONE,
    CurriculumDep,
    Esa,
    PlanId,
    SchoolCode,
    YearFilter,
    covered,
    of_school,
    require_reader,
    school_place,
)
from services.curriculum.application import lesson_plans
from services.curriculum.domain.commands.base import Command
from services.curriculum.domain.commands.teaching import (
    AddLessonPlanVersion,
    GiveLessonPlanFeedback,
    StartLessonPlan,
)

router = APIRouter(prefix="/v1/esas/{esa}", tags=["lesson plans"])
PLAN_PATH = [("esa", Esa), ("school", SchoolCode), ("plan_id", PlanId)]
PLANS = "/schools/{school}/lesson-plans"
REVIEWERS = frozenset({Role.SUPERVISOR, Role.ACADEMIC_SUBCOMMITTEE})


@router.get(PLANS)
async def school_plans(
    esa: Esa,
    school: SchoolCode,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    year: YearFilter = None,
) -> list[LessonPlanRow]:
    """The school's lesson plans (the school and those who cover it)."""
    require_reader(principal, await school_place(c, esa, school), EVERYONE)
    found = await rows.plans(c.views, {"school": school}, year)
    return [LessonPlanRow.model_validate(r) for r in found if r["esa"] == esa]


@router.get("/lesson-plans")
async def esa_plans(
    esa: Esa, c: CurriculumDep, principal: CurrentPrincipal, year: YearFilter = None
) -> list[LessonPlanRow]:
    """The ESA's lesson plans, of the schools the reader covers (supervisors: all or their
    cluster's)."""
    require_reader(principal, Place.of_esa(esa), EVERYONE)
    found = covered(principal, esa, await rows.plans(c.views, {"esa": esa}, year))
    return [LessonPlanRow.model_validate(r) for r in found]


@router.get(PLANS + "/{plan_id}")
async def plan(
    esa: Esa, school: SchoolCode, plan_id: PlanId, c: CurriculumDep, principal: CurrentPrincipal
) -> LessonPlan:
    """A plan with its document versions and the feedback on each."""
    require_reader(principal, await school_place(c, esa, school), EVERYONE)
    found = await lesson_plans.plan(c.commands, esa, of_school(school, plan_id))
    return LessonPlan.model_validate(found)


CHANGES: list[tuple[str, type[Command], frozenset[Role], routes.Handle, str]] = [
    (
        "/versions",
        AddLessonPlanVersion,
        SCHOOL_ROLES,
        lesson_plans.add_version,
        "Add a version of the plan's document (the plan's teacher or the director).",
    ),
    (
        "/feedback",
        GiveLessonPlanFeedback,
        REVIEWERS,
        lesson_plans.give_feedback,
        "Feedback on a version of the plan (a supervisor covering the school, or the academic "
        "subcommittee; a coach of the school in the provincial team is marked as such).",
    ),
]
routes.add_command_route(
    router,
    routes.Route(
        "POST",
        PLANS,
        StartLessonPlan,
        LessonPlan,
        "A teacher starts their plan for a learning area and grade of a year (school staff).",
        PLAN_PATH[:2],
        status_code=201,
    ),
    routes.new_school_record(lesson_plans.start, LessonPlan, "plan_id", "/v1/esas/{esa}" + PLANS),
)
for _path, _command, _roles, _handle, _doc in CHANGES:
    routes.add_command_route(
        router,
        routes.Route("POST", PLANS + "/{plan_id}" + _path, _command, LessonPlan, _doc, PLAN_PATH),
        routes.on_school_record("plan_id", _roles, _handle, LessonPlan),
    )
