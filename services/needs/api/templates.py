"""Survey template routes, the standard form-1 questions and the process's vocabulary."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from kit.auth.principal import Role, esa_province
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CorrelationId, CurrentPrincipal, ExpectedVersion, IdempotencyKey
from kit.readmodel.docs import public
from services.needs.api.deps import RECORDS, SUPERVISORS, Esa, Id, NeedsDep, record
from services.needs.api.schemas import PublishTemplateRequest
from services.needs.application import templates as handlers
from services.needs.domain import standard_form
from services.needs.domain import vocabulary as words
from services.needs.domain.indicators import INDICATORS, STANDARD

router = APIRouter(prefix="/v1", tags=["survey templates"])


@router.get("/needs/vocabulary")
async def vocabulary(principal: CurrentPrincipal) -> dict[str, Any]:
    """Codes and Thai labels: categories, learning areas, grades, quality levels, services."""
    return {
        "categories": words.labels(words.CATEGORY_LABELS),
        "subjects": words.labels(words.SUBJECT_LABELS),
        "grade_levels": [
            {"code": g.value, "label_th": words.grade_label(g)} for g in words.GradeLevel
        ],
        "quality_levels": words.labels(words.QUALITY_LABELS),
        "service_kinds": words.labels(words.SERVICE_LABELS),
        "production_standard": {
            "standard": STANDARD,
            "indicators": [
                {"code": k, "label_th": th, "label_en": en} for k, (th, en) in INDICATORS.items()
            ],
        },
    }


@router.get("/needs/standard-survey")
async def standard_survey(principal: CurrentPrincipal) -> dict[str, Any]:
    """Ready-made questions for form 1, to publish as a template (as is or edited)."""
    return {
        "title_th": standard_form.TITLE_TH,
        "questions": [q.model_dump(mode="json") for q in standard_form.standard_questions()],
    }


@router.post("/esas/{esa}/survey-templates", status_code=201)
async def publish_template(
    esa: Esa,
    body: PublishTemplateRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    correlation: CorrelationId = None,
) -> dict[str, Any]:
    """Publish a new survey template as its version 1 (supervisors of the ESA)."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, **body.model_dump(mode="json")}
    meta = command_meta(
        principal, Role.SUPERVISOR, "publish_template", payload, key, None, correlation
    )
    outcome = await handlers.publish(
        n.commands, meta, esa=esa, province=esa_province(esa), template_id=None, **_content(body)
    )
    return command_answer(outcome, response)


@router.post("/esas/{esa}/survey-templates/{template_id}/versions", status_code=201)
async def publish_version(
    esa: Esa,
    template_id: Id,
    body: PublishTemplateRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Publish the next version of a template; published versions never change."""
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, "template": template_id, **body.model_dump(mode="json")}
    meta = command_meta(principal, Role.SUPERVISOR, "publish_version", payload, key, expected)
    outcome = await handlers.publish(
        n.commands,
        meta,
        esa=esa,
        province=esa_province(esa),
        template_id=template_id,
        **_content(body),
    )
    return command_answer(outcome, response)


def _content(body: PublishTemplateRequest) -> dict[str, Any]:
    return {
        "title_th": body.title_th,
        "title_en": body.title_en,
        "description_th": body.description_th,
        "questions": body.questions,
    }


@router.get("/esas/{esa}/survey-templates")
async def list_templates(
    esa: Esa, n: NeedsDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """The ESA's templates with their latest version number (without the questions)."""
    principal.require_esa(esa)
    docs = await n.views.find(RECORDS, {"record": "template", "esa": esa})
    rows = [{k: v for k, v in public(d).items() if k != "versions"} for d in docs]
    return sorted(rows, key=lambda d: d["template_id"], reverse=True)


@router.get("/esas/{esa}/survey-templates/{template_id}")
async def get_template(
    esa: Esa, template_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """A template with every published version and its questions."""
    principal.require_esa(esa)
    return await record(n, f"template:{template_id}", esa)
