"""A committee reverses its own latest decision while nothing has happened since: a new event
(`CurriculumDecisionReversed`), the reversed decision stays in the history, and the case is
back with that committee. A reversal cannot itself be reversed."""

from __future__ import annotations

from kit.errors import Forbidden, NotFound, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.case import Actor, Case, case_from
from services.curriculum.domain.decisions import DecisionRequest, decision_facts
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.meetings import Meeting, check_decided_at
from services.curriculum.domain.reference import Committee, Stage


def reverse(
    history: list[DomainEvent],
    committee: Committee,
    decision_no: int,
    reason: str,
    actor: Actor,
    meeting: Meeting | None = None,
) -> list[DomainEvent]:
    case = case_from(history)
    target = _reversible(case, committee, decision_no)
    if meeting is not None:
        check_decided_at(meeting, case.case_id, committee, actor.today)
    request = DecisionRequest(committee, "reverse", reason, meeting=meeting)
    fields = decision_facts(case, request, actor, "reversed", Stage(target.previous_stage))
    fields |= {"document_version": target.document_version, "content_hash": target.content_hash}
    return [
        ev.CurriculumDecisionReversed(
            **fields, reverses_decision_no=decision_no, reversed_outcome=target.outcome
        )
    ]


def _reversible(case: Case, committee: Committee, decision_no: int) -> ev.Decision:
    """The decision to reverse: the committee's own, the case's latest, nothing after it."""
    decided = [d.decision_no for d in case.decisions]
    target = next((d for d in case.decisions if d.decision_no == decision_no), None)
    if target is None:
        raise NotFound(
            "ไม่พบมตินี้",
            "No such decision on this case.",
            code="decision_not_found",
            details={"decision_no": decision_no, "decisions": decided},
        )
    if target.committee != committee:
        raise Forbidden(
            "ย้อนมติได้เฉพาะคณะกรรมการที่เป็นผู้ลงมตินั้น",
            "Only the committee that took a decision may reverse it.",
            code="not_this_committees_decision",
            details={"decision_no": decision_no, "committee": target.committee},
        )
    if case.last_route_event != decision_no:
        raise RuleViolation(
            "ย้อนได้เฉพาะมติล่าสุดของคำขอ ก่อนที่จะมีการดำเนินการต่อ",
            "Only the case's latest decision may be reversed, before anything else happened.",
            code="decision_not_reversible",
            details={"decision_no": decision_no, "reversible": case.last_route_event or None},
        )
    return target
