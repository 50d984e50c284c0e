"""Campaign routes: open, read, adopt a newer template version, remind, close."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from kit.auth.principal import Role, esa_province
from kit.errors import NotFound
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CorrelationId, CurrentPrincipal, ExpectedVersion, IdempotencyKey
from kit.readmodel.docs import public
from services.needs.api.deps import (
    RECORDS,
    STAFF,
    SUPERVISORS,
    Esa,
    Id,
    NeedsDep,
    campaign_record,
    is_staff,
)
from services.needs.api.schemas import AdoptVersionRequest, OpenCampaignRequest
from services.needs.application import campaigns as handlers
from services.needs.application.schools import schools_of, target_schools
from services.needs.domain.days import local_day

router = APIRouter(prefix="/v1", tags=["campaigns"])


@router.get("/esas/{esa}/schools")
async def schools(esa: Esa, n: NeedsDep, principal: CurrentPrincipal) -> list[dict[str, Any]]:
    """The ESA's schools a campaign may target (ESA staff)."""
    principal.require_esa(esa, STAFF)
    return [public(d) for d in await schools_of(n.views, esa)]


@router.post("/esas/{esa}/campaigns", status_code=201)
async def open_campaign(
    esa: Esa,
    body: OpenCampaignRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    correlation: CorrelationId = None,
) -> dict[str, Any]:
    """Open a needs-survey campaign on a template for the ESA's schools (supervisors)."""
    principal.require_esa(esa, SUPERVISORS)
    t = body.target
    targets = await target_schools(n.views, esa, t.kind, t.cluster, t.schools)
    payload = {"esa": esa, **body.model_dump(mode="json")}
    meta = command_meta(
        principal, Role.SUPERVISOR, "open_campaign", payload, key, None, correlation
    )
    outcome = await handlers.open_campaign(
        n.commands,
        meta,
        esa=esa,
        province=esa_province(esa),
        academic_year=body.academic_year,
        title=body.title,
        opens_on=body.opens_on,
        closes_on=body.closes_on,
        target_kind=t.kind,
        target_cluster=t.cluster or "",
        targets=targets,
        template_id=body.template_id,
        template_version=body.template_version,
    )
    return command_answer(outcome, response)


@router.get("/esas/{esa}/campaigns")
async def list_campaigns(
    esa: Esa,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Annotated[int | None, Query(ge=2500, le=2700)] = None,
) -> list[dict[str, Any]]:
    """Campaigns of an ESA (a school sees those it is a target of)."""
    principal.require_esa(esa)
    flt: dict[str, Any] = {"record": "campaign", "esa": esa} | ({"year": str(year)} if year else {})
    docs = [public(d) for d in await n.views.find(RECORDS, flt)]
    school = principal.school_grant()
    if school and not is_staff(principal, esa):
        docs = [for_school(d, school.id) for d in docs if school.id in d.get("targets", {})]
    return sorted(docs, key=lambda d: d["campaign_id"], reverse=True)


@router.get("/esas/{esa}/campaigns/{campaign_id}")
async def get_campaign(
    esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """One campaign with its targets and who has answered."""
    principal.require_esa(esa)
    doc = await campaign_record(n, campaign_id, esa)
    school = principal.school_grant()
    if school and not is_staff(principal, esa):
        if school.id not in doc.get("targets", {}):
            raise NotFound()
        return for_school(doc, school.id)
    return doc


@router.get("/esas/{esa}/campaigns/{campaign_id}/non-respondents")
async def non_respondents(
    esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Schools that have not answered, or not corrected a returned response (ESA staff)."""
    principal.require_esa(esa, STAFF)
    doc = await campaign_record(n, campaign_id, esa)
    missing = handlers.missing_schools(doc)
    today = local_day(n.commands.now())
    return {
        "campaign_id": campaign_id,
        "closes_on": doc.get("closes_on"),
        "days_left": (date.fromisoformat(str(doc["closes_on"])) - today).days,
        "schools": [m.model_dump(mode="json") for m in missing],
        "reminders": doc.get("reminders", []),
    }


@router.post("/esas/{esa}/campaigns/{campaign_id}/reminders", status_code=201)
async def send_reminder(
    esa: Esa,
    campaign_id: Id,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Remind every school that has not answered (an event other systems deliver)."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, "campaign": campaign_id}
    meta = command_meta(principal, Role.SUPERVISOR, "send_reminder", payload, key)
    outcome = await handlers.send_reminder(
        n.commands, n.views, meta, esa, esa_province(esa), campaign_id
    )
    return command_answer(outcome, response)


@router.post("/esas/{esa}/campaigns/{campaign_id}/template-version")
async def adopt_template_version(
    esa: Esa,
    campaign_id: Id,
    body: AdoptVersionRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Ask a newer version of the template from now on (earlier responses keep theirs)."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, "campaign": campaign_id, **body.model_dump()}
    meta = command_meta(
        principal, Role.SUPERVISOR, "adopt_template_version", payload, key, expected
    )
    outcome = await handlers.adopt_template_version(
        n.commands, meta, esa, esa_province(esa), campaign_id, body.template_version
    )
    return command_answer(outcome, response)


@router.post("/esas/{esa}/campaigns/{campaign_id}/close")
async def close_campaign(
    esa: Esa,
    campaign_id: Id,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Close a campaign (before its deadline, or to confirm its end) (supervisors)."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, "campaign": campaign_id}
    meta = command_meta(principal, Role.SUPERVISOR, "close_campaign", payload, key, expected)
    outcome = await handlers.close_campaign(n.commands, meta, esa, esa_province(esa), campaign_id)
    return command_answer(outcome, response)


def for_school(doc: dict[str, Any], school: str) -> dict[str, Any]:
    """What a school sees of a campaign: not the other schools' answers or reminders."""
    mine = doc.get("responses", {}).get(school)
    hidden = ("responses", "targets", "reminders")
    return {k: v for k, v in doc.items() if k not in hidden} | {"my_response": mine}
