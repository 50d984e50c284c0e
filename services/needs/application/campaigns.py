"""Campaign commands: open on a template version, adopt a newer version, remind, close."""

from __future__ import annotations

from datetime import date

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from kit.readmodel.store import ReadModelStore
from services.needs.application.templates import load_template
from services.needs.domain import campaigns as model
from services.needs.domain import events as ev
from services.needs.domain.days import local_day

RECORDS = "needs_records"


async def load_campaign(
    runner: CommandRunner, esa: str, province: str, campaign_id: str
) -> model.Campaign:
    history, _ = await runner.history(
        StreamTarget(esa, province, model.campaign_stream(campaign_id))
    )
    return model.campaign_from(history)


async def open_campaign(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    esa: str,
    province: str,
    academic_year: int,
    title: str,
    opens_on: date,
    closes_on: date,
    target_kind: str,
    target_cluster: str,
    targets: list[ev.TargetSchool],
    template_id: str,
    template_version: int | None,
) -> CommandOutcome:
    template = await load_template(runner, esa, province, template_id)
    campaign_id = new_id()
    opened = ev.CampaignOpened(
        campaign_id=campaign_id,
        esa=esa,
        province=province,
        academic_year=academic_year,
        title=title,
        opens_on=opens_on,
        closes_on=closes_on,
        target_kind=target_kind,
        target_cluster=target_cluster,
        target_schools=targets,
        template_id=template_id,
        template_version=template_version or template.latest.version,
    )
    today = local_day(runner.now())
    return await runner.run(
        StreamTarget(esa, province, model.campaign_stream(campaign_id)),
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
    province: str,
    campaign_id: str,
    version: int,
) -> CommandOutcome:
    campaign = await load_campaign(runner, esa, province, campaign_id)
    template = await load_template(runner, esa, province, campaign.opened.template_id)
    today = local_day(runner.now())
    return await runner.run(
        StreamTarget(esa, province, model.campaign_stream(campaign_id)),
        meta,
        lambda h: model.adopt_template_version(h, template, version, today),
    )


async def send_reminder(
    runner: CommandRunner,
    views: ReadModelStore,
    meta: CommandMeta,
    esa: str,
    province: str,
    campaign_id: str,
) -> CommandOutcome:
    """Remind the schools the campaign's view shows as not answered (or not yet corrected)."""
    doc = await views.get(RECORDS, f"campaign:{campaign_id}") or {}
    missing = missing_schools(doc)
    today = local_day(runner.now())

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.send_reminder(history, missing, today)

    return await runner.run(
        StreamTarget(esa, province, model.campaign_stream(campaign_id)),
        meta,
        decide,
        describe=lambda h, n: {"reminded": [s.school for s in missing]},
    )


def missing_schools(campaign_doc: dict[str, object]) -> list[ev.RemindedSchool]:
    targets = campaign_doc.get("targets") or {}
    responses = campaign_doc.get("responses") or {}
    assert isinstance(targets, dict) and isinstance(responses, dict)
    missing = []
    for school, t in sorted(targets.items()):
        answered = responses.get(school)
        if answered is None or answered.get("status") == "returned":
            status = "returned" if answered else "not_answered"
            missing.append(
                ev.RemindedSchool(
                    school=school, cluster=t["cluster"], name_th=t.get("name_th", ""), status=status
                )
            )
    return missing


async def close_campaign(
    runner: CommandRunner, meta: CommandMeta, esa: str, province: str, campaign_id: str
) -> CommandOutcome:
    today = local_day(runner.now())
    return await runner.run(
        StreamTarget(esa, province, model.campaign_stream(campaign_id)),
        meta,
        lambda h: model.close_campaign(h, today),
    )
