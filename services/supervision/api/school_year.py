"""A school's year: the 4Q baseline, agreement, evaluation and honours; the SAR and its review;
teachers honoured for excellent work."""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import APIRouter
from pydantic import BaseModel

from kit.auth.place import Place
from kit.auth.principal import Role
from kit.errors import Forbidden
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.supervision.adapters.projections import records as view
from services.supervision.api.access import (
    DIRECTORS,
    HONOURING,
    PLANNERS,
    SCHOOLS,
    SUPERVISORS,
)
from services.supervision.api.answers import (
    AgreementAnswer,
    BaselineAnswer,
    EvaluationAnswer,
    HonourAnswer,
    SarAnswer,
    TeacherHonourAnswer,
)
from services.supervision.api.answers_records import QualityRecord, SarRecord, TeacherHonours
from services.supervision.api.deps import (
    Esa,
    PathYear,
    School,
    SupervisionDep,
    YearQuery,
)
from services.supervision.api.lists import school_records
from services.supervision.api.places import path_school
from services.supervision.application import quality, sar
from services.supervision.application.ports import SchoolPlace
from services.supervision.application.schools import school_in_esa
from services.supervision.domain.commands.school_year import (
    AwardHonour,
    EvaluateQuality,
    HonourTeacher,
    RecordQualityBaseline,
    ReviewSar,
    SignQualityAgreement,
    SubmitSar,
)

M = TypeVar("M", bound=BaseModel)
router = APIRouter(prefix="/v1/esas/{esa}", tags=["4Q quality and SAR"])
QUALITY = "/schools/{school}/quality/{year}"


async def _on_school(
    call: Call,
    s: SupervisionDep,
    where: tuple[str, str, int],
    roles: frozenset[Role],
    command: Any,
    handle: Any,
    answer: type[M],
) -> M:
    """A command on a school's year: the school is the path's, the caller one of `roles` there."""
    esa, school, year = where
    place, role = await path_school(call.principal, s.lookups, esa, school, roles)
    meta = call.meta(role, command, esa=esa, school=school, year=year)
    return call.answer(await handle(s.commands, meta, place, year, command), answer)


@router.put(f"{QUALITY}/baseline")
async def record_baseline(
    esa: Esa,
    school: School,
    year: PathYear,
    command: RecordQualityBaseline,
    call: Call,
    s: SupervisionDep,
) -> BaselineAnswer:
    """Record the school's present state on the five 4Q dimensions before the year's
    development (step U), with the problems and needs found (ESA director, supervisors)."""
    where = (esa, school, year)
    return await _on_school(
        call, s, where, PLANNERS, command, quality.record_baseline, BaselineAnswer
    )


@router.put(f"{QUALITY}/agreement")
async def sign_agreement(
    esa: Esa,
    school: School,
    year: PathYear,
    command: SignQualityAgreement,
    call: Call,
    s: SupervisionDep,
) -> AgreementAnswer:
    """Record the year's quality agreement: targets on the five 4Q dimensions (ESA director,
    supervisors)."""
    where = (esa, school, year)
    return await _on_school(
        call, s, where, PLANNERS, command, quality.sign_agreement, AgreementAnswer
    )


@router.post(f"{QUALITY}/evaluation")
async def evaluate(
    esa: Esa,
    school: School,
    year: PathYear,
    command: EvaluateQuality,
    call: Call,
    s: SupervisionDep,
) -> EvaluationAnswer:
    """Evaluate the year's indicator scores against the agreement's targets."""
    where = (esa, school, year)
    return await _on_school(call, s, where, PLANNERS, command, quality.evaluate, EvaluationAnswer)


@router.post(f"{QUALITY}/honours", status_code=201)
async def award_honour(
    esa: Esa, school: School, year: PathYear, command: AwardHonour, call: Call, s: SupervisionDep
) -> HonourAnswer:
    """Honour a school for its 4Q results (the ESA director)."""
    where = (esa, school, year)
    return await _on_school(call, s, where, DIRECTORS, command, quality.award_honour, HonourAnswer)


@router.get("/quality")
async def list_quality(
    esa: Esa, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[QualityRecord]:
    """Each school's 4Q baseline, agreement, scores and honours for the year (a school: its own)."""
    flt = {"kind": "quality", "esa": esa, "year": str(year)}
    return await school_records(s, principal, view.MODEL, flt, QualityRecord)


@router.post("/schools/{school}/teacher-honours/{year}", status_code=201)
async def honour_teacher(
    esa: Esa, school: School, year: PathYear, command: HonourTeacher, call: Call, s: SupervisionDep
) -> TeacherHonourAnswer:
    """Honour a teacher of the school for excellent work (the ESA director or the provincial
    driving committee)."""
    where = (esa, school, year)
    return await _on_school(
        call, s, where, HONOURING, command, quality.honour_teacher, TeacherHonourAnswer
    )


@router.get("/teacher-honours")
async def list_teacher_honours(
    esa: Esa, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[TeacherHonours]:
    """Teachers honoured in the year, per school (a school: its own teachers)."""
    flt = {"kind": "teachers", "esa": esa, "year": str(year)}
    return await school_records(s, principal, view.MODEL, flt, TeacherHonours)


@router.put("/sar/{year}")
async def submit_sar(
    esa: Esa, year: PathYear, command: SubmitSar, call: Call, s: SupervisionDep
) -> SarAnswer:
    """The school sends its annual self-assessment report (again after it was returned)."""
    place, role = await _own_school(call, s, esa)
    meta = call.meta(role, command, esa=esa, year=year)
    outcome = await sar.submit_sar(s.commands, meta, place, year, command)
    return call.answer(outcome, SarAnswer)


async def _own_school(call: Call, s: SupervisionDep, esa: str) -> tuple[SchoolPlace, Role]:
    """The school the caller works at (staff or director) in this ESA, and the role."""
    call.principal.require_place(Place.of_esa(esa))
    for grant in call.principal.grants:
        if grant.role in SCHOOLS and grant.place.esa == esa:
            return await school_in_esa(s.lookups, esa, grant.id), grant.role
    raise Forbidden("เฉพาะบุคลากรของโรงเรียนเท่านั้น", "Only the school's own staff may do this.")


@router.post("/schools/{school}/sar/{year}/review")
async def review_sar(
    esa: Esa, school: School, year: PathYear, command: ReviewSar, call: Call, s: SupervisionDep
) -> SarAnswer:
    """Accept the school's SAR, or return it for correction with reasons (supervisors)."""
    where = (esa, school, year)
    return await _on_school(call, s, where, SUPERVISORS, command, sar.review_sar, SarAnswer)


@router.get("/sar")
async def list_sar(
    esa: Esa, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[SarRecord]:
    """Each school's SAR status for the year (a school: its own)."""
    flt = {"kind": "sar", "esa": esa, "year": str(year)}
    return await school_records(s, principal, view.MODEL, flt, SarRecord)
