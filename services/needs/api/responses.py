"""Response routes (step 1, form 2): the form a school answers, its response, and returns."""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.place import Place
from kit.errors import Conflict
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.needs.adapters import records
from services.needs.api.access import (
    SCHOOLS,
    acting_role,
    supervisor_of_esa,
)
from services.needs.api.answers import ResponseReturned, ResponseSubmitted
from services.needs.api.answers_surveys import CampaignForm, Response
from services.needs.api.deps import Esa, Id, NeedsDep, SchoolCode
from services.needs.api.reading import CAMPAIGNS, addressed_record, school_record
from services.needs.application import responses as handlers
from services.needs.domain.commands.surveys import ReturnResponse, SubmitResponse

router = APIRouter(prefix="/v1", tags=["responses"])
CAMPAIGN = "/esas/{esa}/campaigns/{campaign_id}"


@router.get(CAMPAIGN + "/form", response_model=CampaignForm)
async def form(esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal) -> CampaignForm:
    """The questions the campaign asks now: its current template version (staff, and the
    campaign's target schools)."""
    campaign = await addressed_record(n, principal, CAMPAIGNS, campaign_id, esa)
    template = await records.record(n.views, "template", campaign["template_id"], esa)
    asked = campaign["template_version"]
    version = next((v for v in template["versions"] if v["version"] == asked), None)
    if version is None:
        raise Conflict(
            "แบบสำรวจฉบับนี้กำลังเตรียมข้อมูล กรุณาลองใหม่อีกครั้ง",
            "This version of the form is not ready yet; try again shortly.",
            code="form_not_ready",
            details={"template_version": asked},
        )
    fields = ("campaign_id", "title", "closes_on", "template_id", "template_version")
    parts = ("title_th", "description_th", "questions")
    return CampaignForm.model_validate(
        {k: campaign[k] for k in fields} | {k: version[k] for k in parts}
    )


@router.put(CAMPAIGN + "/responses/{school}", response_model=ResponseSubmitted)
async def submit_response(
    esa: Esa, campaign_id: Id, school: SchoolCode, command: SubmitResponse, call: Call, n: NeedsDep
) -> ResponseSubmitted:
    """Submit, or revise until the campaign closes, the school's own response (the school)."""
    role = acting_role(call.principal, Place.of_school(school, esa), SCHOOLS)
    meta = call.meta(role, command, esa=esa, campaign=campaign_id, school=school)
    outcome = await handlers.submit_response(n.commands, meta, esa, campaign_id, school, command)
    return call.answer(outcome, ResponseSubmitted)


@router.get(CAMPAIGN + "/responses/{school}", response_model=Response)
async def get_response(
    esa: Esa, campaign_id: Id, school: SchoolCode, n: NeedsDep, principal: CurrentPrincipal
) -> Response:
    """A school's latest answers, every revision and return (the school, its ESA's staff,
    a supervisor of its cluster)."""
    doc = await school_record(n, principal, "response", f"{campaign_id}:{school}", esa)
    return Response.model_validate(doc)


@router.post(CAMPAIGN + "/responses/{school}/return", response_model=ResponseReturned)
async def return_response(
    esa: Esa, campaign_id: Id, school: SchoolCode, command: ReturnResponse, call: Call, n: NeedsDep
) -> ResponseReturned:
    """Send a response back to its school for correction, with the reason (supervisors)."""
    role = supervisor_of_esa(call.principal, esa)
    meta = call.meta(role, command, esa=esa, campaign=campaign_id, school=school)
    outcome = await handlers.return_response(n.commands, meta, esa, campaign_id, school, command)
    return call.answer(outcome, ResponseReturned)
