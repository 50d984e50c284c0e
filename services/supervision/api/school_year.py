"""A school's year: the 4Q quality agreement, evaluation and honours; the SAR and its review."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from services.supervision.api import schemas_records as bodies
from services.supervision.api.deps import (
    DIRECTORS,
    PLANNERS,
    SUPERVISORS,
    SupervisionDep,
    YearQuery,
    own_school,
    reader,
    writer,
)
from services.supervision.application import quality, queries
from services.supervision.application.views import RECORDS, school_in_esa

router = APIRouter(prefix="/v1/esas/{esa}", tags=["4Q quality and SAR"])
School = Annotated[str, Path(pattern=r"^[0-9]{10}$")]
Year = Annotated[int, Path(ge=2560, le=2600, description="Academic year (B.E.)")]


@router.put("/schools/{school}/quality/{year}/agreement")
async def sign_agreement(
    esa: str,
    school: School,
    year: Year,
    body: bodies.AgreementRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record the year's quality agreement: targets on the five 4Q dimensions (ESA director,
    supervisors)."""
    role = writer(principal, esa, PLANNERS)
    where = await school_in_esa(s.views, esa, school)
    meta = command_meta(principal, role, "sign_agreement", body.model_dump(mode="json"), key)
    outcome = await quality.sign_agreement(
        s.commands,
        meta,
        where,
        year,
        body.targets,
        body.signed_on,
        body.school_director,
        body.esa_director,
    )
    return command_answer(outcome, response)


@router.post("/schools/{school}/quality/{year}/evaluation")
async def evaluate(
    esa: str,
    school: School,
    year: Year,
    body: bodies.EvaluationRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Evaluate the year's indicator scores against the agreement's targets."""
    role = writer(principal, esa, PLANNERS)
    where = await school_in_esa(s.views, esa, school)
    meta = command_meta(principal, role, "evaluate_quality", body.model_dump(mode="json"), key)
    outcome = await quality.evaluate(
        s.commands, meta, where, year, body.indicators, body.evaluated_on
    )
    return command_answer(outcome, response)


@router.post("/schools/{school}/quality/{year}/honours", status_code=201)
async def award_honour(
    esa: str,
    school: School,
    year: Year,
    body: bodies.HonourRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Honour a school for its 4Q results (the ESA director)."""
    role = writer(principal, esa, DIRECTORS)
    where = await school_in_esa(s.views, esa, school)
    meta = command_meta(principal, role, "award_honour", body.model_dump(mode="json"), key)
    outcome = await quality.award_honour(
        s.commands, meta, where, year, body.title_th, body.awarded_on
    )
    return command_answer(outcome, response)


@router.get("/quality")
async def list_quality(
    esa: str, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """Each school's 4Q agreement, scores and honours for the year (a school sees its own)."""
    school = reader(principal, esa)
    flt = {"kind": "quality", "esa": esa, "year": str(year)}
    return await queries.listing(s.views, RECORDS, flt, school)


@router.put("/sar/{year}")
async def submit_sar(
    esa: str,
    year: Year,
    body: bodies.SubmitSarRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """The school sends its annual self-assessment report (again after it was returned)."""
    school, role = own_school(principal, esa)
    where = await school_in_esa(s.views, esa, school)
    meta = command_meta(principal, role, "submit_sar", body.model_dump(mode="json"), key)
    document = body.document.model_dump()
    return command_answer(
        await quality.submit_sar(s.commands, meta, where, year, document), response
    )


@router.post("/schools/{school}/sar/{year}/review")
async def review_sar(
    esa: str,
    school: School,
    year: Year,
    body: bodies.ReviewSarRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Accept the school's SAR, or return it for correction with reasons (supervisors)."""
    role = writer(principal, esa, SUPERVISORS)
    where = await school_in_esa(s.views, esa, school)
    meta = command_meta(principal, role, "review_sar", body.model_dump(mode="json"), key)
    outcome = await quality.review_sar(
        s.commands, meta, where, year, body.decision == "accept", body.reasons
    )
    return command_answer(outcome, response)


@router.get("/sar")
async def list_sar(
    esa: str, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """Each school's SAR status for the year (a school sees its own)."""
    school = reader(principal, esa)
    return await queries.listing(
        s.views, RECORDS, {"kind": "sar", "esa": esa, "year": str(year)}, school
    )
