"""Response routes: the form a school answers, its response, returns, summary and export."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import PlainTextResponse

from kit.auth.principal import Role, esa_province
from kit.errors import Conflict, NotFound
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, ExpectedVersion, IdempotencyKey
from kit.readmodel.docs import public
from services.needs.api.deps import (
    RECORDS,
    STAFF,
    SUPERVISORS,
    Esa,
    Id,
    NeedsDep,
    SchoolCode,
    campaign_record,
    record,
    require_staff_or_school,
    school_meta,
)
from services.needs.api.schemas import ReturnResponseRequest, SubmitResponseRequest
from services.needs.application import responses as handlers
from services.needs.application.export import responses_csv
from services.needs.application.summary import summarise
from services.needs.bootstrap import Needs

Doc = dict[str, Any]

router = APIRouter(prefix="/v1", tags=["responses"])
BASE = "/esas/{esa}/campaigns/{campaign_id}"


@router.get(BASE + "/form")
async def form(
    esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """The questions the campaign asks now (its current template version)."""
    principal.require_esa(esa)
    campaign = await campaign_record(n, campaign_id, esa)
    school = principal.school_grant()
    if school and not principal.sees_esa(esa, STAFF) and school.id not in campaign["targets"]:
        raise NotFound()
    template = await record(n, f"template:{campaign['template_id']}", esa)
    version = next(
        (v for v in template["versions"] if v["version"] == campaign["template_version"]), None
    )
    if version is None:
        raise Conflict(
            "แบบสำรวจฉบับนี้กำลังเตรียมข้อมูล กรุณาลองใหม่อีกครั้ง",
            "This version of the form is not ready yet; try again shortly.",
            code="form_not_ready",
        )
    return {
        "campaign_id": campaign_id,
        "title": campaign["title"],
        "closes_on": campaign["closes_on"],
        "template_id": campaign["template_id"],
        "template_version": campaign["template_version"],
        **{k: version[k] for k in ("title_th", "description_th", "questions")},
    }


@router.put(BASE + "/responses/{school}")
async def submit_response(
    esa: Esa,
    campaign_id: Id,
    school: SchoolCode,
    body: SubmitResponseRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Submit, or revise until the campaign closes, the school's own response."""
    payload = {
        "esa": esa,
        "campaign": campaign_id,
        "school": school,
        **body.model_dump(mode="json"),
    }
    meta = school_meta(principal, esa, school, "submit_response", payload, key, expected)
    outcome = await handlers.submit_response(
        n.commands,
        meta,
        esa=esa,
        province=esa_province(esa),
        campaign_id=campaign_id,
        school=school,
        answers=body.answers,
        template_version=body.template_version,
    )
    return command_answer(outcome, response)


@router.get(BASE + "/responses/{school}")
async def get_response(
    esa: Esa, campaign_id: Id, school: SchoolCode, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """A school's latest answers with every revision and return (the school or ESA staff)."""
    require_staff_or_school(principal, esa, school)
    return await record(n, f"response:{campaign_id}:{school}", esa)


@router.post(BASE + "/responses/{school}/return")
async def return_response(
    esa: Esa,
    campaign_id: Id,
    school: SchoolCode,
    body: ReturnResponseRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Send a response back to its school for correction, with the reason (supervisors)."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {
        "esa": esa,
        "campaign": campaign_id,
        "school": school,
        **body.model_dump(mode="json"),
    }
    meta = command_meta(principal, Role.SUPERVISOR, "return_response", payload, key, expected)
    outcome = await handlers.return_response(
        n.commands,
        meta,
        esa=esa,
        province=esa_province(esa),
        campaign_id=campaign_id,
        school=school,
        reason=body.reason,
        correct_by=body.correct_by,
    )
    return command_answer(outcome, response)


async def _campaign_records(n: Needs, esa: str, campaign_id: str) -> tuple[Doc, Doc, list[Doc]]:
    campaign = await campaign_record(n, campaign_id, esa)
    template = await record(n, f"template:{campaign['template_id']}", esa)
    responses = await n.views.find(RECORDS, {"record": "response", "campaign_id": campaign_id})
    return campaign, template, [public(r) for r in responses if r.get("esa") == esa]


@router.get(BASE + "/summary")
async def summary(
    esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """Answers added up per question across template versions, and needs ranked (staff)."""
    principal.require_esa(esa, STAFF)
    return summarise(*await _campaign_records(n, esa, campaign_id))


@router.get(BASE + "/export.csv", response_class=PlainTextResponse)
async def export(esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal) -> Response:
    """Every target school's latest answers as CSV, read with the version it answered (staff)."""
    principal.require_esa(esa, STAFF)
    text = responses_csv(*await _campaign_records(n, esa, campaign_id))
    return Response(
        text.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="needs-{campaign_id}.csv"'},
    )
