"""Improvements of the media service (step 6, form 6): what was found and what the ESA changed."""

from __future__ import annotations

from fastapi import APIRouter

from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.needs.adapters import records
from services.needs.api.access import require_staff, supervisor_of_esa
from services.needs.api.answers import ImprovementRecorded
from services.needs.api.answers_media import Improvement
from services.needs.api.deps import Esa, NeedsDep, Year
from services.needs.application import service as handlers
from services.needs.domain.commands.service import RecordImprovement

router = APIRouter(prefix="/v1", tags=["media service"])
IMPROVEMENTS = "/esas/{esa}/service-improvements"


@router.post(IMPROVEMENTS, status_code=201, response_model=ImprovementRecorded)
async def record_improvement(
    esa: Esa, command: RecordImprovement, call: Call, n: NeedsDep
) -> ImprovementRecorded:
    """Record what was changed in the media service and why; the requests it names must be
    the ESA's (supervisors)."""
    meta = call.meta(supervisor_of_esa(call.principal, esa), command, esa=esa)
    outcome = await handlers.record_improvement(n.commands, meta, esa, command)
    return call.answer(outcome, ImprovementRecorded)


@router.get(IMPROVEMENTS, response_model=list[Improvement])
async def list_improvements(
    esa: Esa, n: NeedsDep, principal: CurrentPrincipal, year: Year = None
) -> list[Improvement]:
    """Improvements recorded for the ESA's media service, newest first (ESA staff)."""
    require_staff(principal, esa)
    docs = await records.records(n.views, "improvement", esa, year)
    return [Improvement.model_validate(d) for d in docs]
