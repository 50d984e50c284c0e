"""Response commands: a school submits (or revises) its answers; a supervisor returns them.

Submitting is the command the benchmark drives: the campaign and its template are read with
`runner.history` (cached, one cheap probe each); nothing else is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.events import DomainEvent
from services.needs.application.campaigns import load_campaign
from services.needs.application.streams import of_esa, today_of
from services.needs.application.templates import load_template
from services.needs.domain import events as ev
from services.needs.domain import responses as model
from services.needs.domain.commands.surveys import ReturnResponse, SubmitResponse


async def submit_response(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    campaign_id: str,
    school: str,
    command: SubmitResponse,
) -> CommandOutcome:
    campaign = await load_campaign(runner, esa, campaign_id)
    template = await load_template(runner, esa, campaign.opened.template_id)
    today = today_of(runner)

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.submit_response(campaign, template, history, school, command, today)

    return await runner.run(
        of_esa(esa, model.response_stream(campaign_id, school)),
        meta,
        decide,
        describe=lambda h, new: {
            "campaign_id": campaign_id,
            "school": school,
            "revision": new[0].revision if new else 0,  # type: ignore[attr-defined]
            "template_version": campaign.template_version,
        },
    )


async def return_response(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    campaign_id: str,
    school: str,
    command: ReturnResponse,
) -> CommandOutcome:
    campaign = await load_campaign(runner, esa, campaign_id)
    today = today_of(runner)

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return model.return_response(campaign, history, school, command, today)

    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        returned = new[0]
        assert isinstance(returned, ev.SurveyResponseReturned)
        return {
            "campaign_id": campaign_id,
            "school": school,
            "revision": returned.revision,
            "correct_by": str(returned.correct_by),
        }

    return await runner.run(
        of_esa(esa, model.response_stream(campaign_id, school)),
        meta,
        decide,
        describe=describe,
    )
