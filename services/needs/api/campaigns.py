"""Campaign routes (step 1): open one on a template, read, adopt a newer version, remind, close."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.needs.adapters import records, schools
from services.needs.api.access import require_staff, supervisor_of_esa
from services.needs.api.answers import (
    CampaignClosed,
    CampaignOpened,
    ReminderSent,
    TemplateVersionAdopted,
)
from services.needs.api.answers_surveys import Campaign, NonRespondents, School
from services.needs.api.deps import Esa, Id, NeedsDep, Year
from services.needs.api.reading import CAMPAIGNS, addressed_record, addressed_records
from services.needs.application import campaigns as handlers
from services.needs.application.streams import today_of
from services.needs.domain.commands.surveys import AdoptTemplateVersion, OpenCampaign

router = APIRouter(prefix="/v1", tags=["campaigns"])
CAMPAIGN = "/esas/{esa}/campaigns/{campaign_id}"


@router.get("/esas/{esa}/schools", response_model=list[School])
async def list_schools(esa: Esa, n: NeedsDep, principal: CurrentPrincipal) -> list[School]:
    """The ESA's schools a campaign or a dispatch may name, as this service knows them (staff)."""
    require_staff(principal, esa)
    return [School.model_validate(d) for d in await schools.schools_of(n.views, esa)]


@router.post("/esas/{esa}/campaigns", status_code=201, response_model=CampaignOpened)
async def open_campaign(esa: Esa, command: OpenCampaign, call: Call, n: NeedsDep) -> CampaignOpened:
    """Open a needs-survey campaign on a template for the ESA's schools (supervisors)."""
    meta = call.meta(supervisor_of_esa(call.principal, esa), command, esa=esa)
    known = await schools.known_for(n.views, esa, command.target)
    outcome = await handlers.open_campaign(n.commands, meta, esa, command, known)
    where = f"/v1/esas/{esa}/campaigns/{outcome.answer['campaign_id']}"
    return call.answer(outcome, CampaignOpened, location=where)


@router.get("/esas/{esa}/campaigns", response_model=list[Campaign])
async def list_campaigns(
    esa: Esa, n: NeedsDep, principal: CurrentPrincipal, year: Year = None
) -> list[Campaign]:
    """The ESA's campaigns, newest first; a school lists those it is asked in, its part only."""
    docs = await addressed_records(n, principal, CAMPAIGNS, esa, year)
    return [Campaign.model_validate(d) for d in docs]


@router.get(CAMPAIGN, response_model=Campaign)
async def get_campaign(
    esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> Campaign:
    """One campaign with its targets and who has answered (a target school: its own part)."""
    doc = await addressed_record(n, principal, CAMPAIGNS, campaign_id, esa)
    return Campaign.model_validate(doc)


@router.post(CAMPAIGN + "/template-version", response_model=TemplateVersionAdopted)
async def adopt_template_version(
    esa: Esa, campaign_id: Id, command: AdoptTemplateVersion, call: Call, n: NeedsDep
) -> TemplateVersionAdopted:
    """Ask a newer version of the template from now on (earlier responses keep theirs)."""
    meta = call.meta(supervisor_of_esa(call.principal, esa), command, esa=esa, campaign=campaign_id)
    outcome = await handlers.adopt_template_version(n.commands, meta, esa, campaign_id, command)
    return call.answer(outcome, TemplateVersionAdopted)


@router.get(CAMPAIGN + "/non-respondents", response_model=NonRespondents)
async def non_respondents(
    esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> NonRespondents:
    """Schools that have not answered, or not corrected a returned response (ESA staff)."""
    require_staff(principal, esa)
    doc = await records.record(n.views, "campaign", campaign_id, esa)
    closes_on = date.fromisoformat(str(doc["closes_on"]))
    return NonRespondents.model_validate(
        {
            "campaign_id": campaign_id,
            "closes_on": closes_on,
            "days_left": (closes_on - today_of(n.commands)).days,
            "schools": [m.model_dump() for m in handlers.missing_schools(doc)],
            "reminders": doc.get("reminders", []),
        }
    )


@router.post(CAMPAIGN + "/reminders", status_code=201, response_model=ReminderSent)
async def send_reminder(esa: Esa, campaign_id: Id, call: Call, n: NeedsDep) -> ReminderSent:
    """Remind every school that has not answered: an event other systems deliver (supervisors).
    The schools are those the service's records show as not (re)answered: see docs/needs.md."""
    role = supervisor_of_esa(call.principal, esa)
    meta = call.meta(role, "SendReminder", esa=esa, campaign=campaign_id)
    doc = await records.record_or_none(n.views, "campaign", campaign_id, esa) or {}
    missing = handlers.missing_schools(doc)
    outcome = await handlers.send_reminder(n.commands, meta, esa, campaign_id, missing)
    return call.answer(outcome, ReminderSent)


@router.post(CAMPAIGN + "/close", response_model=CampaignClosed)
async def close_campaign(esa: Esa, campaign_id: Id, call: Call, n: NeedsDep) -> CampaignClosed:
    """Close a campaign, before its closing day or to confirm its end (supervisors)."""
    role = supervisor_of_esa(call.principal, esa)
    meta = call.meta(role, "CloseCampaign", esa=esa, campaign=campaign_id)
    outcome = await handlers.close_campaign(n.commands, meta, esa, campaign_id)
    return call.answer(outcome, CampaignClosed)
