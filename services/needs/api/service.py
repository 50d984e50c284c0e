"""Media service routes (form 4), the school's side: ask, list, read, rate the service.
The supervisor's answers are in service_steps, improvements (form 6) in improvements."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response

from kit.auth.principal import SCHOOL_ROLES, esa_province
from kit.http.commands import command_answer
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from kit.readmodel.docs import public
from services.needs.api import media_schemas as schemas
from services.needs.api.deps import (
    RECORDS,
    Esa,
    Id,
    NeedsDep,
    SchoolCode,
    is_staff,
    record,
    require_staff_or_school,
    school_meta,
)
from services.needs.application import service as handlers
from services.needs.application.schools import placement
from services.needs.domain import events as ev

router = APIRouter(prefix="/v1", tags=["media service"])
REQUEST = "/esas/{esa}/service-requests/{request_id}"
Status = Literal["requested", "accepted", "scheduled", "fulfilled", "declined"]


@router.post("/esas/{esa}/schools/{school}/service-requests", status_code=201)
async def request_service(
    esa: Esa,
    school: SchoolCode,
    body: schemas.RequestServiceRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Ask the ESA for media, an equipment loan, training or advice (the school)."""
    principal.require_school(school, esa, SCHOOL_ROLES)  # before reading the school's place
    where = await placement(n.views, esa, school)
    payload = {"esa": esa, "school": school, **body.model_dump(mode="json")}
    meta = school_meta(principal, esa, school, "request_service", payload, key)
    outcome = await handlers.request(
        n.commands,
        meta,
        school=where,
        esa=esa,
        province=esa_province(esa),
        kind=body.kind,
        subject=body.subject,
        details=body.details,
        items=[ev.RequestedItem(**i.model_dump()) for i in body.items],
        needed_by=body.needed_by,
    )
    return command_answer(outcome, response)


@router.get("/esas/{esa}/service-requests")
async def list_requests(
    esa: Esa,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Annotated[int | None, Query(ge=2500, le=2700)] = None,
    status: Status | None = None,
) -> list[dict[str, Any]]:
    """The ESA's service requests (a school sees its own)."""
    principal.require_esa(esa)
    flt: dict[str, Any] = {"record": "request", "esa": esa} | ({"year": str(year)} if year else {})
    own = principal.school_grant()
    if not is_staff(principal, esa) and own is not None:
        flt["school"] = own.id
    docs = [public(d) for d in await n.views.find(RECORDS, flt)]
    docs = [d for d in docs if status is None or d.get("status") == status]
    return sorted(docs, key=lambda d: d["request_id"], reverse=True)


@router.get(REQUEST)
async def get_request(
    esa: Esa, request_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """One request with its history and rating."""
    principal.require_esa(esa)
    doc = await record(n, f"request:{request_id}", esa)
    require_staff_or_school(principal, esa, str(doc["school"]))
    return doc


@router.post(REQUEST + "/rating")
async def rate(
    esa: Esa,
    request_id: Id,
    body: schemas.RateRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Rate a fulfilled service, 1 to 5 (the school that asked)."""
    principal.require_esa(esa)
    province = esa_province(esa)
    school = await handlers.requester(n.commands, esa, province, request_id)
    payload = {"esa": esa, "request": request_id, **body.model_dump(mode="json")}
    meta = school_meta(principal, esa, school, "rate_service", payload, key)
    outcome = await handlers.rate(
        n.commands, meta, esa, province, request_id, body.rating, body.comment
    )
    return command_answer(outcome, response)
