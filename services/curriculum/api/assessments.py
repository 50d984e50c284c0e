"""Competency assessment summaries: the school reports per semester; the school and those who
cover it read the latest report here (an ESA, a province, the nation: in reporting)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from kit.auth.principal import SCHOOL_ROLES
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections.schools import school_at
from services.curriculum.api.answers import AssessmentReport, AssessmentReported
from services.curriculum.api.deps import (
    EVERYONE,
    CurriculumDep,
    Esa,
    SchoolCode,
    acting_role,
    require_reader,
    school_place,
)
from services.curriculum.application import assessments
from services.curriculum.domain.commands.assessments import ReportCompetencyAssessment

router = APIRouter(
    prefix="/v1/esas/{esa}/schools/{school}/competency-assessments/{year}/{semester}",
    tags=["competency assessments"],
)
Year = Annotated[int, Path(ge=2560, le=2600, description="Academic year (B.E.)")]
Semester = Annotated[int, Path(ge=1, le=2)]


@router.put("")
async def report(
    esa: Esa,
    school: SchoolCode,
    year: Year,
    semester: Semester,
    command: ReportCompetencyAssessment,
    call: Call,
    c: CurriculumDep,
) -> AssessmentReported:
    """Report (or correct) the semester's learners per competency level (the school)."""
    role = acting_role(call.principal, await school_place(c, esa, school), SCHOOL_ROLES)
    facts = await school_at(c.views, esa, school)
    meta = call.meta(role, command, esa=esa, school=school, year=year, semester=semester)
    outcome = await assessments.report_semester(c.commands, meta, facts, year, semester, command)
    return call.answer(outcome, AssessmentReported)


@router.get("")
async def latest(
    esa: Esa,
    school: SchoolCode,
    year: Year,
    semester: Semester,
    c: CurriculumDep,
    principal: CurrentPrincipal,
) -> AssessmentReport:
    """The school's latest report for the semester (the school, its supervisors, committees)."""
    require_reader(principal, await school_place(c, esa, school), EVERYONE)
    found = await assessments.latest_report(c.store, esa, school, year, semester)
    return AssessmentReport.model_validate(found)
