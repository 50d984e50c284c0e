"""Committee meetings and their agendas, and the meeting a decision names.

A provincial committee's meeting is kept under its province (the tenant is the province
code); a national meeting under "th". A decision that names a meeting is checked against it
(domain.meetings.check_decided_at).
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
from services.curriculum.domain.case import Actor, case_from
from services.curriculum.domain.commands.committees import AddCaseToAgenda, ScheduleMeeting
from services.curriculum.domain.events import meetings as mev
from services.curriculum.domain.reference import NATION, Committee


def meeting_tenant(committee: Committee, province: str) -> str:
    """Where a committee's meetings are kept: its province, or the nation."""
    return NATION if committee is Committee.POLICY_COMMITTEE else province


def meeting_target(tenant: str, meeting_id: str) -> StreamTarget:
    return StreamTarget(tenant, tenant, meetings.meeting_stream(meeting_id))


async def meeting_at(runner: CommandRunner, tenant: str, meeting_id: str) -> meetings.Meeting:
    """A meeting named in a path (404 when the tenant has none by that id)."""
    history, _ = await runner.history(meeting_target(tenant, meeting_id))
    return meetings.meeting_from(history, meeting_id)


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
            details={"meeting_id": meeting_id, "committee": committee.value},
        )
    return meetings.meeting_from(history, meeting_id)


async def decide(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    case_id: str,
    request: decisions.DecisionRequest,
    actor: Actor,
) -> CommandOutcome:
    """A committee decision with its meeting already resolved (the API goes through
    `case_steps.run_step`, which resolves it)."""
    return await run_on_case(
        runner, meta, esa, case_id, lambda h: decisions.decide(h, request, actor)
    )


async def schedule_meeting(
    runner: CommandRunner,
    meta: CommandMeta,
    committee: Committee,
    province: str,
    command: ScheduleMeeting,
) -> CommandOutcome:
    meeting_id = new_id()
    target = meeting_target(meeting_tenant(committee, province), meeting_id)
    scheduled = mev.CommitteeMeetingScheduled(
        meeting_id=meeting_id,
        committee=committee.value,
        province=target.tenant,
        academic_year=academic_year(command.meets_on),
        **command.model_dump(include={"meets_on", "title", "number", "location"}),
    )
    return await runner.run(
        target,
        meta,
        lambda h: meetings.schedule(h, scheduled),
        describe=lambda h, new: _meeting_answer([*h, *new]),
    )


async def add_to_agenda(
    runner: CommandRunner, meta: CommandMeta, tenant: str, meeting_id: str, item: AddCaseToAgenda
) -> CommandOutcome:
    case_history, _ = await runner.history(case_target(item.esa, item.case_id))
    case = case_from(case_history, item.case_id)
    return await runner.run(
        meeting_target(tenant, meeting_id),
        meta,
        lambda h: meetings.add_to_agenda(h, case),
        describe=lambda h, new: _meeting_answer([*h, *new]),
    )


def _meeting_answer(history: list[DomainEvent]) -> dict[str, Any]:
    meeting = meetings.meeting_from(history)
    s = meeting.scheduled
    return {
        "meeting_id": s.meeting_id,
        "committee": s.committee,
        "meets_on": s.meets_on.isoformat(),
        "agenda": list(meeting.agenda),
    }
