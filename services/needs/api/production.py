"""Production record routes (form 3): a school registers its media and innovations (and may
withdraw one), a supervisor evaluates them against the standard's indicators."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from kit.auth.principal import SCHOOL_ROLES, Role, esa_province
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from kit.readmodel.docs import public
from services.needs.api.deps import (
    RECORDS,
    SUPERVISORS,
    Esa,
    Id,
    NeedsDep,
    SchoolCode,
    is_staff,
    record,
    require_staff_or_school,
    school_meta,
)
from services.needs.api.media_schemas import (
    AddEvidenceRequest,
    EvaluateRequest,
    ReasonRequest,
    RegisterProductionRequest,
)
from services.needs.application import production as handlers
from services.needs.application.schools import placement
from services.needs.domain import events as ev

router = APIRouter(prefix="/v1", tags=["production records"])


@router.post("/esas/{esa}/schools/{school}/productions", status_code=201)
async def register(
    esa: Esa,
    school: SchoolCode,
    body: RegisterProductionRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Register a medium or innovation the school produced, with its evidence (the school)."""
    principal.require_school(school, esa, SCHOOL_ROLES)  # before reading the school's place
    where = await placement(n.views, esa, school)
    payload = {"esa": esa, "school": school, **body.model_dump(mode="json")}
    meta = school_meta(principal, esa, school, "register_production", payload, key)
    outcome = await handlers.register(
        n.commands,
        meta,
        school=where,
        esa=esa,
        province=esa_province(esa),
        title=body.title,
        kind=body.kind,
        subject=body.subject,
        grade_levels=body.grade_levels,
        authors=[ev.Author(**a.model_dump()) for a in body.authors],
        description=body.description,
        evidence=[ev.Evidence(**e.model_dump()) for e in body.evidence],
    )
    return command_answer(outcome, response)


@router.get("/esas/{esa}/productions")
async def list_productions(
    esa: Esa,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Annotated[int | None, Query(ge=2500, le=2700)] = None,
    school: Annotated[str | None, Query(pattern=r"^[0-9]{10}$")] = None,
) -> list[dict[str, Any]]:
    """Production records of the ESA (a school sees its own)."""
    principal.require_esa(esa)
    own = principal.school_grant()
    if not is_staff(principal, esa) and own is not None:
        school = own.id
    flt: dict[str, Any] = {"record": "production", "esa": esa}
    flt |= ({"year": str(year)} if year else {}) | ({"school": school} if school else {})
    docs = [public(d) for d in await n.views.find(RECORDS, flt)]
    return sorted(docs, key=lambda d: d["production_id"], reverse=True)


@router.get("/esas/{esa}/productions/{production_id}")
async def get_production(
    esa: Esa, production_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """One production record with its evidence and evaluations."""
    principal.require_esa(esa)
    doc = await record(n, f"production:{production_id}", esa)
    require_staff_or_school(principal, esa, str(doc["school"]))
    return doc


@router.post("/esas/{esa}/productions/{production_id}/evidence")
async def add_evidence(
    esa: Esa,
    production_id: Id,
    body: AddEvidenceRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Attach more evidence (references with content hashes) to the school's record."""
    principal.require_esa(esa)
    province = esa_province(esa)
    school = await handlers.owner(n.commands, esa, province, production_id)
    payload = {"esa": esa, "production": production_id, **body.model_dump(mode="json")}
    meta = school_meta(principal, esa, school, "add_evidence", payload, key)
    evidence = [ev.Evidence(**e.model_dump()) for e in body.evidence]
    outcome = await handlers.add_evidence(n.commands, meta, esa, province, production_id, evidence)
    return command_answer(outcome, response)


@router.post("/esas/{esa}/productions/{production_id}/evaluation")
async def evaluate(
    esa: Esa,
    production_id: Id,
    body: EvaluateRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Score every indicator of the standard; the quality level follows (supervisors)."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, "production": production_id, **body.model_dump(mode="json")}
    meta = command_meta(principal, Role.SUPERVISOR, "evaluate_production", payload, key)
    scores = [ev.IndicatorScore(**s.model_dump()) for s in body.scores]
    outcome = await handlers.evaluate(
        n.commands, meta, esa, esa_province(esa), production_id, scores, body.comment
    )
    return command_answer(outcome, response)


@router.post("/esas/{esa}/productions/{production_id}/withdrawal")
async def withdraw(
    esa: Esa,
    production_id: Id,
    body: ReasonRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Withdraw the school's record, with a reason; it stays listed as withdrawn (the school)."""
    principal.require_esa(esa)
    province = esa_province(esa)
    school = await handlers.owner(n.commands, esa, province, production_id)
    payload = {"esa": esa, "production": production_id, **body.model_dump(mode="json")}
    meta = school_meta(principal, esa, school, "withdraw_production", payload, key)
    outcome = await handlers.withdraw(n.commands, meta, esa, province, production_id, body.reason)
    return command_answer(outcome, response)
