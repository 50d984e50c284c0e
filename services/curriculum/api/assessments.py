"""Competency assessment summaries: the school reports per semester; supervisors read them
here (one school) and in reporting (an ESA, a province, the nation)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, ExpectedVersion, IdempotencyKey
from services.curriculum.api import schemas
from services.curriculum.api.deps import NOT_SCHOOL, CurriculumDep, SchoolCode, school_role
from services.curriculum.application import assessments
from services.curriculum.application.cases import school_facts

router = APIRouter(
    prefix="/v1/esas/{esa}/schools/{school}/competency-assessments/{year}/{semester}",
    tags=["competency assessments"],
)
Year = Annotated[int, Path(ge=2560, le=2600, description="Academic year (B.E.)")]
Semester = Annotated[int, Path(ge=1, le=2)]


@router.put("")
async def report(
    esa: str,
    school: SchoolCode,
    year: Year,
    semester: Semester,
    body: schemas.AssessmentRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Report (or correct) the semester's learners per competency level (the school)."""
    role = school_role(principal, school, esa)
    facts = await school_facts(c.views, esa, school)
    payload = {"esa": esa, "school": school, "year": year, "semester": semester}
    meta = command_meta(
        principal, role, "report_assessment", payload | body.model_dump(), key, expected
    )
    outcome = await assessments.report(
        c.commands, meta, facts, year, semester, body.learners, body.levels
    )
    return command_answer(outcome, response)


@router.get("")
async def latest(
    esa: str,
    school: SchoolCode,
    year: Year,
    semester: Semester,
    c: CurriculumDep,
    principal: CurrentPrincipal,
) -> dict[str, Any]:
    """The school's latest report for the semester (the school, its supervisors, committees)."""
    principal.require_esa(esa)
    if not principal.sees_esa(esa, NOT_SCHOOL):
        principal.require_school(school, esa)
    return await assessments.latest_report(c.store, esa, school, year, semester)
