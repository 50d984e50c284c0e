"""Every step on an open case, by its command: the school's preparation, submission and
withdrawal, the committees' decisions and reversals. One table maps each command to the
domain decision it gives; `run_step` resolves what a decision names (its meeting) and runs it
on the case's stream.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.events import DomainEvent
from services.curriculum.application.cases import run_on_case
from services.curriculum.application.committees import meeting_named
from services.curriculum.domain import decisions, preparation, reversals, submission
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands import cases as cc
from services.curriculum.domain.commands import committees as kc
from services.curriculum.domain.commands.base import Command
from services.curriculum.domain.meetings import Meeting
from services.curriculum.domain.reference import Committee


@dataclass(frozen=True)
class Context:
    """What a decision needs beyond the command: who acts and when, and the named meeting."""

    actor: Actor
    meeting: Meeting | None = None

    @property
    def today(self) -> date:
        return self.actor.today


Decision = Callable[[list[DomainEvent], Any, Context], Sequence[DomainEvent]]


def _committee_decision(h: list[DomainEvent], c: kc.Decide, x: Context) -> list[DomainEvent]:
    request = decisions.DecisionRequest(
        committee=c.committee,
        outcome=c.outcome,
        reason=c.reason,
        required_changes=tuple(c.required_changes),
        meeting=x.meeting,
        document_version=c.document_version,
    )
    return decisions.decide(h, request, x.actor)


DECISIONS: dict[type[Command], Decision] = {
    cc.AddDocumentVersion: lambda h, c, x: preparation.add_document(
        h, c.reference, c.content_hash, c.note
    ),
    cc.RecordBaseAnalysis: lambda h, c, x: preparation.record_analysis(
        h, c.summary, list(c.strengths), list(c.development_needs)
    ),
    cc.ChangeCurriculumType: lambda h, c, x: preparation.change_type(h, c.curriculum_type),
    cc.RecordSchoolBoardApproval: lambda h, c, x: preparation.record_board_approval(
        h, c.approved_on, c.resolution, x.today
    ),
    cc.RecordPublicHearing: lambda h, c, x: preparation.record_hearing(
        h, c.held_on, {str(g): n for g, n in c.participants.items()}, x.today
    ),
    cc.SubmitCurriculum: lambda h, c, x: submission.submit(h, x.actor),
    cc.WithdrawCase: lambda h, c, x: submission.withdraw(h, c.reason, x.actor),
    kc.ScreenCurriculum: _committee_decision,
    kc.DecideProvincially: _committee_decision,
    kc.DecideNationally: _committee_decision,
    kc.ReverseDecision: lambda h, c, x: reversals.reverse(
        h, c.committee, c.decision_no, c.reason, x.actor, x.meeting
    ),
}


def committee_of(command: Command) -> Committee | None:
    """The committee a command is given by (none: the school's own steps)."""
    if isinstance(command, kc.Decide | kc.ReverseDecision):
        return command.committee
    return None


async def run_step(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    case_id: str,
    command: Command,
    actor: Actor,
) -> CommandOutcome:
    decision = DECISIONS[type(command)]
    meeting = None
    if isinstance(command, kc.Decide | kc.ReverseDecision):
        province = esa_province(esa)
        meeting = await meeting_named(runner, command.committee, province, command.meeting_id)
    context = Context(actor, meeting)
    return await run_on_case(runner, meta, esa, case_id, lambda h: decision(h, command, context))
