"""Response commands: a school submits (or revises) its answers; a supervisor returns them."""

from __future__ import annotations

from datetime import date
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.needs.application.campaigns import load_campaign
from services.needs.application.templates import load_template
from services.needs.domain import responses as model
from services.needs.domain.days import local_day


async def submit_response(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    esa: str,
    province: str,
    campaign_id: str,
    school: str,
    answers: dict[str, Any],
    template_version: int | None,
) -> CommandOutcome:
    campaign = await load_campaign(runner, esa, province, campaign_id)
    template = await load_template(runner, esa, province, campaign.opened.template_id)
    today = local_day(runner.now())

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.submit_response(
            campaign, template, history, school, answers, template_version, today
        )

    return await runner.run(
        StreamTarget(esa, province, model.response_stream(campaign_id, school)),
        meta,
        decide,
        describe=lambda h, new: {
            "revision": new[0].revision if new else 0,  # type: ignore[attr-defined]
            "template_version": campaign.template_version,
        },
    )


async def return_response(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    esa: str,
    province: str,
    campaign_id: str,
    school: str,
    reason: str,
    correct_by: date | None,
) -> CommandOutcome:
    campaign = await load_campaign(runner, esa, province, campaign_id)
    today = local_day(runner.now())

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.return_response(campaign, history, school, reason, correct_by, today)

    return await runner.run(
        StreamTarget(esa, province, model.response_stream(campaign_id, school)),
        meta,
        decide,
        describe=lambda h, new: {"correct_by": str(new[0].correct_by)},  # type: ignore[attr-defined]
    )
