"""Campaign commands: open on a template version, adopt a newer version, remind, close."""

from __future__ import annotations

from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.events import DomainEvent
from kit.ids import new_id
from services.needs.application.streams import history_of, of_esa, today_of
from services.needs.application.templates import load_template
from services.needs.domain import campaigns as model
from services.needs.domain import events as ev
from services.needs.domain import reminders
from services.needs.domain.commands.surveys import AdoptTemplateVersion, OpenCampaign
from services.needs.domain.targets import chosen_schools


async def load_campaign(runner: CommandRunner, esa: str, campaign_id: str) -> model.Campaign:
    return model.campaign_from(await history_of(runner, esa, model.campaign_stream(campaign_id)))


async def open_campaign(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    command: OpenCampaign,
    known: list[ev.TargetSchool],
) -> CommandOutcome:
    """Open `command` for the schools its target names among `known` (the ESA's schools)."""
    template = await load_template(runner, esa, command.template_id)
    targets = chosen_schools(command.target, known)
    campaign_id = new_id()
    opened = ev.CampaignOpened(
        campaign_id=campaign_id,
        esa=esa,
        province=esa_province(esa),
        **command.model_dump(include={"academic_year", "title", "opens_on", "closes_on"}),
        target_kind=command.target.kind.value,
        target_cluster=command.target.cluster or "",
        target_schools=targets,
        template_id=command.template_id,
        template_version=command.template_version or template.latest.version,
    )
    today = today_of(runner)
    return await runner.run(
        of_esa(esa, model.campaign_stream(campaign_id)),
        meta,
        lambda h: model.open_campaign(h, opened, template, today),
        describe=lambda h, n: {
            "campaign_id": campaign_id,
            "target_schools": len(targets),
            "template_version": opened.template_version,
        },
    )


async def adopt_template_version(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    campaign_id: str,
    command: AdoptTemplateVersion,
) -> CommandOutcome:
    campaign = await load_campaign(runner, esa, campaign_id)
    template = await load_template(runner, esa, campaign.opened.template_id)
    today = today_of(runner)
    return await runner.run(
        of_esa(esa, model.campaign_stream(campaign_id)),
        meta,
        lambda h: model.adopt_template_version(h, template, command, today),
        describe=lambda h, n: {
            "campaign_id": campaign_id,
            "template_version": model.campaign_from([*h, *n]).template_version,
        },
    )


async def send_reminder(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    campaign_id: str,
    missing: list[ev.RemindedSchool],
) -> CommandOutcome:
    """Remind `missing`: the schools the service's records show as not (re)answered."""
    today = today_of(runner)

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return reminders.send_reminder(history, missing, today)

    return await runner.run(
        of_esa(esa, model.campaign_stream(campaign_id)),
        meta,
        decide,
        describe=lambda h, n: {
            "campaign_id": campaign_id,
            "reminder": model.campaign_from([*h, *n]).reminders,
            "reminded": [s.school for s in missing],
        },
    )


def missing_schools(campaign_doc: dict[str, Any]) -> list[ev.RemindedSchool]:
    """A campaign's target schools (from its record) that have not answered, or not corrected
    a returned response."""
    targets = campaign_doc.get("targets") or {}
    responses = campaign_doc.get("responses") or {}
    missing = []
    for school, t in sorted(targets.items()):
        answered = responses.get(school)
        if answered is None or answered.get("status") == "returned":
            status = "returned" if answered else "not_answered"
            name = t.get("name_th", "")
            missing.append(
                ev.RemindedSchool(school=school, cluster=t["cluster"], name_th=name, status=status)
            )
    return missing


async def close_campaign(
    runner: CommandRunner, meta: CommandMeta, esa: str, campaign_id: str
) -> CommandOutcome:
    today = today_of(runner)
    return await runner.run(
        of_esa(esa, model.campaign_stream(campaign_id)),
        meta,
        lambda h: model.close_campaign(h, today),
        describe=lambda h, n: {
            "campaign_id": campaign_id,
            "closed_on": str(model.campaign_from([*h, *n]).closed.closed_on),  # type: ignore[union-attr]
        },
    )
