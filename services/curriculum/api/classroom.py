"""A teacher's class assessment records (seed 003 item 5): a teacher opens the record of a
class for a semester, registers the tools made to assess competencies, records the learning
products and the class's results per competency level. The school and those who cover it
read them."""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.principal import SCHOOL_ROLES
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections import classroom as rows
from services.curriculum.api import command_routes as routes
from services.curriculum.api.answers_classroom import ClassAssessment, ClassAssessmentRow
from services.curriculum.api.deps import (
    EVERYONE,
    CurriculumDep,
    Esa,
    RecordId,
    SchoolCode,
    SemesterFilter,
    YearFilter,
    of_school,
    require_reader,
    school_place,
)
from services.curriculum.application import classroom
from services.curriculum.domain.commands.classroom import (
    OpenClassAssessment,
    RecordClassResults,
    RecordLearningProduct,
    RegisterAssessmentTool,
)

RECORDS = "/v1/esas/{esa}/schools/{school}/class-assessments"
router = APIRouter(prefix=RECORDS, tags=["class assessments"])
RECORD_PATH = [("esa", Esa), ("school", SchoolCode), ("record_id", RecordId)]


@router.get("")
async def school_records(
    esa: Esa,
    school: SchoolCode,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    year: YearFilter = None,
    semester: SemesterFilter = None,
) -> list[ClassAssessmentRow]:
    """The school's class assessment records (the school and those who cover it)."""
    require_reader(principal, await school_place(c, esa, school), EVERYONE)
    found = await rows.records(c.views, {"school": school}, year, semester)
    return [ClassAssessmentRow.model_validate(r) for r in found if r["esa"] == esa]


@router.get("/{record_id}")
async def record(
    esa: Esa, school: SchoolCode, record_id: RecordId, c: CurriculumDep, principal: CurrentPrincipal
) -> ClassAssessment:
    """A record with its tools, learning products and results."""
    require_reader(principal, await school_place(c, esa, school), EVERYONE)
    found = await classroom.record(c.commands, esa, of_school(school, record_id))
    return ClassAssessment.model_validate(found)


routes.add_command_route(
    router,
    routes.Route(
        "POST",
        "",
        OpenClassAssessment,
        ClassAssessment,
        "A teacher opens the assessment record of a class for a semester (school staff).",
        RECORD_PATH[:2],
        status_code=201,
    ),
    routes.new_school_record(classroom.open_record, ClassAssessment, "record_id", RECORDS),
)
for _method, _path, _command, _doc in (
    (
        "POST",
        "/tools",
        RegisterAssessmentTool,
        "Register a tool made to measure and assess competencies (the record's teacher).",
    ),
    (
        "POST",
        "/products",
        RecordLearningProduct,
        "Record a learning product, with the tools it was assessed with (the record's teacher).",
    ),
    (
        "PUT",
        "/results",
        RecordClassResults,
        "The class's learners per competency level, with the tools used (the record's teacher).",
    ),
):
    route = routes.Route(
        _method, "/{record_id}" + _path, _command, ClassAssessment, _doc, RECORD_PATH
    )
    routes.add_command_route(
        router,
        route,
        routes.on_school_record("record_id", SCHOOL_ROLES, classroom.change, ClassAssessment),
    )
