"""Committee commands: decisions and reversals on cases, meetings and their agendas.

A provincial committee's meeting is kept under its province (the tenant is the province
code); a national meeting under "th". A decision that names a meeting is checked against it.
"""

from __future__ import annotations

from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.errors import RuleViolation
from kit.events import DomainEvent
from kit.ids import new_id
from kit.thai import academic_year
from services.curriculum.application.cases import case_target, run_on_case
from services.curriculum.domain import decisions, meetings
from services.curriculum.domain import meeting_events as mev
from services.curriculum.domain.case import Actor, case_from
from services.curriculum.domain.reference import NATION, Committee


def meeting_tenant(committee: Committee, province: str) -> str:
    """Where a committee's meetings are kept: its province, or the nation."""
    return NATION if committee is Committee.POLICY_COMMITTEE else province


def meeting_target(tenant: str, meeting_id: str) -> StreamTarget:
    return StreamTarget(tenant, tenant, meetings.meeting_stream(meeting_id))


async def meeting_at(runner: CommandRunner, tenant: str, meeting_id: str) -> meetings.Meeting:
    """A meeting named in a path (404 when the tenant has none by that id)."""
    history, _ = await runner.history(meeting_target(tenant, meeting_id))
    return meetings.meeting_from(history)


async def meeting_named(
    runner: CommandRunner, committee: Committee, province: str, meeting_id: str | None
) -> meetings.Meeting | None:
    """A meeting named in a decision's body (422 when there is none)."""
    if meeting_id is None:
        return None
    tenant = meeting_tenant(committee, province)
    history, _ = await runner.history(meeting_target(tenant, meeting_id))
    if not history:
        raise RuleViolation(
            "ไม่พบการประชุมที่อ้างถึง",
            "The meeting named in the decision does not exist.",
            code="unknown_meeting",
        )
    return meetings.meeting_from(history)


async def decide(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    case_id: str,
    request: decisions.DecisionRequest,
    actor: Actor,
) -> CommandOutcome:
    return await run_on_case(
        runner, meta, esa, case_id, lambda h: decisions.decide(h, request, actor)
    )


async def reverse(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    case_id: str,
    committee: Committee,
    decision_no: int,
    reason: str,
    actor: Actor,
    meeting: meetings.Meeting | None,
) -> CommandOutcome:
    def decide_reversal(history: list[DomainEvent]) -> list[DomainEvent]:
        return decisions.reverse(history, committee, decision_no, reason, actor, meeting)

    return await run_on_case(runner, meta, esa, case_id, decide_reversal)


async def schedule_meeting(
    runner: CommandRunner, meta: CommandMeta, committee: Committee, province: str, **details: Any
) -> CommandOutcome:
    meeting_id = new_id()
    target = meeting_target(meeting_tenant(committee, province), meeting_id)
    scheduled = mev.CommitteeMeetingScheduled(
        meeting_id=meeting_id,
        committee=committee.value,
        province=target.tenant,
        academic_year=academic_year(details["meets_on"]),
        **details,
    )
    return await runner.run(
        target,
        meta,
        lambda h: meetings.schedule(h, scheduled),
        describe=lambda h, new: {"meeting_id": meeting_id},
    )


async def add_to_agenda(
    runner: CommandRunner,
    meta: CommandMeta,
    tenant: str,
    meeting_id: str,
    esa: str,
    case_id: str,
) -> CommandOutcome:
    case_history, _ = await runner.history(case_target(esa, case_id))
    case = case_from(case_history)

    def describe(history: list[DomainEvent], new: Any) -> dict[str, Any]:
        agenda = meetings.meeting_from([*history, *new]).agenda
        return {"meeting_id": meeting_id, "agenda": list(agenda)}

    return await runner.run(
        meeting_target(tenant, meeting_id),
        meta,
        lambda h: meetings.add_to_agenda(h, case),
        describe=describe,
    )
