"""Improvements to the media service (form 6): what was found and what the ESA changed."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from kit.auth.principal import Role, esa_province
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from kit.readmodel.docs import public
from services.needs.api import media_schemas as schemas
from services.needs.api.deps import RECORDS, STAFF, SUPERVISORS, Esa, NeedsDep
from services.needs.application import service as handlers

router = APIRouter(prefix="/v1", tags=["media service"])


@router.post("/esas/{esa}/service-improvements", status_code=201)
async def record_improvement(
    esa: Esa,
    body: schemas.ImprovementRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record what was changed in the media service and why (form 6, supervisors)."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, **body.model_dump(mode="json")}
    meta = command_meta(principal, Role.SUPERVISOR, "record_improvement", payload, key)
    outcome = await handlers.record_improvement(
        n.commands,
        meta,
        esa=esa,
        province=esa_province(esa),
        year=body.academic_year,
        finding=body.finding,
        action=body.action,
        request_ids=body.request_ids,
    )
    return command_answer(outcome, response)


@router.get("/esas/{esa}/service-improvements")
async def list_improvements(
    esa: Esa,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Annotated[int | None, Query(ge=2500, le=2700)] = None,
) -> list[dict[str, Any]]:
    """Improvements recorded for the ESA's media service (ESA staff)."""
    principal.require_esa(esa, STAFF)
    flt: dict[str, Any] = {"record": "improvement", "esa": esa} | (
        {"year": str(year)} if year else {}
    )
    docs = [public(d) for d in await n.views.find(RECORDS, flt)]
    return sorted(docs, key=lambda d: d["improvement_id"], reverse=True)
