"""A campaign's results (form 2, แบบบันทึกข้อมูลผลการศึกษาความต้องการ): the summary across
template versions with needs ranked, and every target school's answers as CSV (ESA staff)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from kit.http.deps import CurrentPrincipal
from services.needs.adapters import records
from services.needs.api.access import require_staff
from services.needs.api.answers_summary import Summary
from services.needs.api.deps import Esa, Id, NeedsDep
from services.needs.application.export import responses_csv
from services.needs.application.summary import summarise
from services.needs.bootstrap import Needs

router = APIRouter(prefix="/v1", tags=["responses"])
CAMPAIGN = "/esas/{esa}/campaigns/{campaign_id}"
CSV = "text/csv; charset=utf-8"
Doc = dict[str, Any]


async def _campaign_records(n: Needs, esa: str, campaign_id: str) -> tuple[Doc, Doc, list[Doc]]:
    campaign = await records.record(n.views, "campaign", campaign_id, esa)
    template = await records.record(n.views, "template", campaign["template_id"], esa)
    return campaign, template, await records.campaign_responses(n.views, esa, campaign_id)


@router.get(CAMPAIGN + "/summary", response_model=Summary)
async def summary(esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal) -> Summary:
    """Answers added up per question across template versions, and needs ranked (staff)."""
    require_staff(principal, esa)
    return Summary.model_validate(summarise(*await _campaign_records(n, esa, campaign_id)))


@router.get(
    CAMPAIGN + "/export.csv",
    response_class=Response,
    responses={200: {"content": {CSV: {"schema": {"type": "string"}}}, "description": "CSV"}},
)
async def export(esa: Esa, campaign_id: Id, n: NeedsDep, principal: CurrentPrincipal) -> Response:
    """Every target school's latest answers as CSV (UTF-8 with BOM), each read with the version
    it answered (staff)."""
    require_staff(principal, esa)
    text = responses_csv(*await _campaign_records(n, esa, campaign_id))
    disposition = f'attachment; filename="needs-{campaign_id}.csv"'
    return Response(
        text.encode("utf-8"), media_type=CSV, headers={"Content-Disposition": disposition}
    )
