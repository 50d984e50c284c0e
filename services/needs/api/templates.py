"""Survey template routes (form 1): publish a template or its next version; read them."""

from __future__ import annotations

from fastapi import APIRouter

from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.needs.adapters import records
from services.needs.api.access import require_staff, supervisor_of_esa
from services.needs.api.answers import TemplatePublished
from services.needs.api.answers_surveys import Template, TemplateListed
from services.needs.api.deps import Esa, Id, NeedsDep
from services.needs.application import templates as handlers
from services.needs.domain.commands.surveys import PublishTemplate

router = APIRouter(prefix="/v1", tags=["survey templates"])
TEMPLATES = "/esas/{esa}/survey-templates"


@router.post(TEMPLATES, status_code=201, response_model=TemplatePublished)
async def publish_template(
    esa: Esa, command: PublishTemplate, call: Call, n: NeedsDep
) -> TemplatePublished:
    """Publish a new survey template as its version 1 (supervisors of the ESA)."""
    meta = call.meta(supervisor_of_esa(call.principal, esa), command, esa=esa)
    outcome = await handlers.publish(n.commands, meta, esa, command)
    answer = call.answer(outcome, TemplatePublished)
    call.response.headers["Location"] = f"/v1/esas/{esa}/survey-templates/{answer.template_id}"
    return answer


@router.post(
    TEMPLATES + "/{template_id}/versions", status_code=201, response_model=TemplatePublished
)
async def publish_version(
    esa: Esa, template_id: Id, command: PublishTemplate, call: Call, n: NeedsDep
) -> TemplatePublished:
    """Publish the next version of a template; published versions never change."""
    meta = call.meta(supervisor_of_esa(call.principal, esa), command, esa=esa, template=template_id)
    outcome = await handlers.publish(n.commands, meta, esa, command, template_id)
    return call.answer(outcome, TemplatePublished)


@router.get(TEMPLATES, response_model=list[TemplateListed])
async def list_templates(
    esa: Esa, n: NeedsDep, principal: CurrentPrincipal
) -> list[TemplateListed]:
    """The ESA's templates with their latest version number, newest first (ESA staff)."""
    require_staff(principal, esa)
    docs = await records.records(n.views, "template", esa)
    return [TemplateListed.model_validate(d) for d in docs]


@router.get(TEMPLATES + "/{template_id}", response_model=Template)
async def get_template(
    esa: Esa, template_id: Id, n: NeedsDep, principal: CurrentPrincipal
) -> Template:
    """A template with every published version and its questions (ESA staff)."""
    require_staff(principal, esa)
    return Template.model_validate(await records.record(n.views, "template", template_id, esa))
