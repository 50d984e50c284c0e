"""Case routes: a school opens its case; anyone in scope reads a case (now, or exactly as it
stood at any moment), its timeline, and an ESA's list of cases."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from kit.http.commands import command_answer, command_meta
from kit.http.deps import CorrelationId, CurrentPrincipal, IdempotencyKey
from kit.readmodel.docs import public
from services.curriculum.api import schemas
from services.curriculum.api.deps import (
    NOT_SCHOOL,
    CaseId,
    CurriculumDep,
    StageFilter,
    YearFilter,
    bangkok_time,
    require_case_reader,
    school_role,
)
from services.curriculum.application import cases, reading

router = APIRouter(prefix="/v1/esas/{esa}/curriculum-cases", tags=["curriculum cases"])


@router.post("", status_code=201)
async def open_case(
    esa: str,
    body: schemas.OpenCaseRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    correlation: CorrelationId = None,
) -> dict[str, Any]:
    """Open the school's curriculum case for an academic year (a sandbox pilot school)."""
    role = school_role(principal, body.school, esa)
    school = await cases.school_facts(c.views, esa, body.school)
    payload = {"esa": esa, **body.model_dump(mode="json")}
    meta = command_meta(principal, role, "open_case", payload, key, None, correlation)
    outcome = await cases.open_case(
        c.commands, meta, school, body.academic_year, body.curriculum_type, body.title
    )
    return command_answer(outcome, response)


@router.get("")
async def list_cases(
    esa: str,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    year: YearFilter = None,
    stage: StageFilter = None,
) -> list[dict[str, Any]]:
    """An ESA's cases (a school sees its own)."""
    principal.require_esa(esa)
    flt: dict[str, Any] = {"esa": esa}
    flt |= ({"year": str(year)} if year else {}) | ({"stage": stage} if stage else {})
    grant = principal.school_grant()
    if grant and not principal.sees_esa(esa, NOT_SCHOOL):
        flt["school"] = grant.id
    docs = await c.views.find("curriculum_cases", flt)
    return sorted((public(d) for d in docs), key=lambda d: d["case_id"])


@router.get("/{case_id}")
async def get_case(
    esa: str,
    case_id: CaseId,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    as_of: Annotated[
        datetime | None,
        Query(description="ISO time: the case exactly as it stood then (no zone = Thai time)"),
    ] = None,
) -> dict[str, Any]:
    """The case now, or exactly as it stood at `as_of` (what a committee saw when it decided)."""
    require_case_reader(principal, esa, case_id)
    moment = bangkok_time(as_of) if as_of else None
    return await reading.case_state(c.store, esa, case_id, moment)


@router.get("/{case_id}/events")
async def case_timeline(
    esa: str, case_id: CaseId, c: CurriculumDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """Every event of the case, oldest first: who did what, in which role, when."""
    require_case_reader(principal, esa, case_id)
    return reading.timeline(await reading.case_events(c.store, esa, case_id))
