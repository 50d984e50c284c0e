"""needs routes: campaigns for an ESA and the schools' responses."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from kit.auth.principal import SCHOOL_ROLES, Role, esa_province
from kit.errors import NotFound
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CorrelationId, CurrentPrincipal, ExpectedVersion, IdempotencyKey
from kit.readmodel.docs import public
from services.needs.api import schemas
from services.needs.application import handlers
from services.needs.bootstrap import Needs

router = APIRouter(prefix="/v1", tags=["campaigns"])
SUPERVISORS = {Role.SUPERVISOR}


def needs(request: Request) -> Needs:
    return request.app.state.needs  # type: ignore[no-any-return]


NeedsDep = Annotated[Needs, Depends(needs)]


@router.post("/esas/{esa}/campaigns", status_code=201)
async def open_campaign(
    esa: str,
    body: schemas.OpenCampaignRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    correlation: CorrelationId = None,
) -> dict[str, Any]:
    """Open a needs-survey campaign for the ESA's schools (supervisors of the ESA)."""
    principal.require_esa(esa, SUPERVISORS)
    t = body.target
    targets = await handlers.target_schools(n.views, esa, t.kind, t.cluster, t.schools)
    meta = command_meta(
        principal,
        Role.SUPERVISOR,
        "open_campaign",
        {"esa": esa, **body.model_dump(mode="json")},
        key,
        None,
        correlation,
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
        targets=targets,
    )
    return command_answer(outcome, response)


@router.get("/esas/{esa}/campaigns")
async def list_campaigns(
    esa: str,
    n: NeedsDep,
    principal: CurrentPrincipal,
    year: Annotated[int | None, Query(ge=2500, le=2700)] = None,
) -> list[dict[str, Any]]:
    """Campaigns of an ESA (a school sees those it is a target of)."""
    principal.require_esa(esa)
    flt: dict[str, Any] = {"esa": esa} | ({"year": str(year)} if year else {})
    docs = [public(d) for d in await n.views.find("needs_campaigns", flt)]
    school = principal.school_grant()
    if school and not principal.sees_esa(esa, set(Role) - SCHOOL_ROLES):
        docs = [_for_school(d, school.id) for d in docs if school.id in d.get("targets", {})]
    return sorted(docs, key=lambda d: d["campaign_id"], reverse=True)


@router.get("/esas/{esa}/campaigns/{campaign_id}")
async def get_campaign(
    esa: str, campaign_id: str, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """One campaign with its targets and who has answered."""
    principal.require_esa(esa)
    doc = await n.views.get("needs_campaigns", f"campaign:{campaign_id}")
    if doc is None or doc.get("esa") != esa:
        raise NotFound()
    school = principal.school_grant()
    if school and not principal.sees_esa(esa, set(Role) - SCHOOL_ROLES):
        if school.id not in doc.get("targets", {}):
            raise NotFound()
        return _for_school(public(doc), school.id)
    return public(doc)


@router.post("/esas/{esa}/campaigns/{campaign_id}/close")
async def close_campaign(
    esa: str,
    campaign_id: str,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Close a campaign before its deadline (supervisors of the ESA)."""
    principal.require_esa(esa, SUPERVISORS)
    meta = command_meta(
        principal,
        Role.SUPERVISOR,
        "close_campaign",
        {"esa": esa, "campaign": campaign_id},
        key,
        expected,
    )
    today = n.commands.now().date()
    outcome = await handlers.close_campaign(
        n.commands, meta, esa, esa_province(esa), campaign_id, today
    )
    return command_answer(outcome, response)


@router.put("/esas/{esa}/campaigns/{campaign_id}/responses/{school}")
async def submit_response(
    esa: str,
    campaign_id: str,
    school: str,
    body: schemas.SubmitResponseRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Submit, or revise until the campaign closes, the school's own response."""
    principal.require_school(school, esa, SCHOOL_ROLES)
    role = next(g.role for g in principal.grants if g.role in SCHOOL_ROLES and g.id == school)
    meta = command_meta(
        principal,
        role,
        "submit_response",
        {"esa": esa, "campaign": campaign_id, "school": school, **body.model_dump(mode="json")},
        key,
        expected,
    )
    outcome = await handlers.submit_response(
        n.commands, meta, esa, esa_province(esa), campaign_id, school, body.answers
    )
    return command_answer(outcome, response)


def _for_school(doc: dict[str, Any], school: str) -> dict[str, Any]:
    """What a school sees of a campaign: not the other schools' answers."""
    mine = doc.get("responses", {}).get(school)
    return {k: v for k, v in doc.items() if k not in ("responses", "targets")} | {
        "my_response": mine
    }
