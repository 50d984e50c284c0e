"""Committee decisions on a case (their reversal is in `reversals`).

The route follows from the type in the events: the academic subcommittee screens every case
(pass or send back); the driving committee approves, rejects or sends back a type 2 curriculum,
and for type 3 only endorses and forwards it (or sends it back); the national policy committee
decides forwarded type 3 cases. Each decision records who, which role, when, why, the meeting,
and the document version and hash that was submitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kit.errors import Conflict, InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.case import Actor, Case, case_from
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.meetings import Meeting, check_decided_at
from services.curriculum.domain.preparation import not_final
from services.curriculum.domain.reference import (
    BANGKOK,
    COMMITTEE_STAGE,
    STAGE_LABELS,
    Committee,
    Stage,
)

SUB = Committee.ACADEMIC_SUBCOMMITTEE
DRIVING = Committee.DRIVING_COMMITTEE
POLICY = Committee.POLICY_COMMITTEE

# outcome asked for -> (outcome recorded, stage after, event class)
OUTCOMES: dict[str, tuple[str, Stage, type[ev.Decision]]] = {
    "pass": ("passed", Stage.PROVINCIAL_REVIEW, ev.CurriculumScreeningPassed),
    "send_back": ("sent_back", Stage.RETURNED, ev.CurriculumSentBack),
    "forward": ("forwarded", Stage.NATIONAL_REVIEW, ev.CurriculumForwardedToPolicyCommittee),
    "approve": ("approved", Stage.APPROVED, ev.CurriculumApproved),
    "reject": ("rejected", Stage.REJECTED, ev.CurriculumRejected),
}

ALLOWED: dict[tuple[Committee, int], frozenset[str]] = {
    (SUB, 2): frozenset({"pass", "send_back"}),
    (SUB, 3): frozenset({"pass", "send_back"}),
    (DRIVING, 2): frozenset({"approve", "reject", "send_back"}),
    (DRIVING, 3): frozenset({"forward", "send_back"}),
    (POLICY, 3): frozenset({"approve", "reject", "send_back"}),
}


@dataclass(frozen=True)
class DecisionRequest:
    committee: Committee
    outcome: str  # pass, send_back, forward, approve, reject
    reason: str
    required_changes: tuple[str, ...] = ()
    meeting: Meeting | None = None
    document_version: int | None = None  # the version the committee read, if the client says


def decide(history: list[DomainEvent], request: DecisionRequest, actor: Actor) -> list[DomainEvent]:
    case = not_final(case_from(history))
    _with_committee(case, request.committee)
    _allowed(case, request)
    _same_version(case, request.document_version)
    if request.meeting is not None:
        today = actor.at.astimezone(BANGKOK).date()
        check_decided_at(request.meeting, case.case_id, request.committee, today)
    outcome, stage, event_class = OUTCOMES[request.outcome]
    fields = decision_facts(case, request, actor, outcome, stage)
    if event_class is ev.CurriculumSentBack:
        if not request.required_changes:
            raise InvalidInput(
                "การส่งกลับต้องระบุสิ่งที่โรงเรียนต้องปรับปรุงอย่างน้อยหนึ่งข้อ",
                "A send-back must list at least one required change.",
                code="required_changes_missing",
                details={"field": "required_changes", "outcome": request.outcome},
            )
        fields["required_changes"] = list(request.required_changes)
    if event_class is ev.CurriculumApproved:
        fields["approved_by"] = request.committee.value
    return [event_class(**fields)]


def _with_committee(case: Case, committee: Committee) -> None:
    if case.stage is COMMITTEE_STAGE[committee]:
        return
    if committee is POLICY:
        raise RuleViolation(
            "คณะกรรมการนโยบายฯ พิจารณาเฉพาะหลักสูตรประเภทที่ ๓ ที่คณะกรรมการขับเคลื่อนฯ จังหวัดเสนอมาแล้ว",
            "The policy committee decides only type 3 cases forwarded by the province.",
            code="not_forwarded",
            details={"stage": case.stage.value},
        )
    th, en = STAGE_LABELS[case.stage]
    raise RuleViolation(
        f"คำขอนี้ไม่ได้อยู่ในขั้นตอนของคณะกรรมการชุดนี้ (ขณะนี้: {th})",
        f"The case is not at this committee's stage (now: {en}).",
        code="not_at_this_stage",
        details={"stage": case.stage.value},
    )


def _allowed(case: Case, request: DecisionRequest) -> None:
    allowed = ALLOWED.get((request.committee, case.curriculum_type), frozenset())
    if request.outcome in allowed:
        return
    details = {
        "outcome": request.outcome,
        "curriculum_type": case.curriculum_type,
        "allowed": sorted(allowed),
    }
    if request.committee is DRIVING and case.curriculum_type == 3:
        raise RuleViolation(
            "หลักสูตรประเภทที่ ๓ ให้ความเห็นชอบโดยคณะกรรมการนโยบายฯ "
            "คณะกรรมการขับเคลื่อนฯ จังหวัดเห็นชอบและเสนอต่อ หรือส่งกลับได้เท่านั้น",
            "A type 3 curriculum is decided by the national policy committee: the province "
            "can only endorse and forward it, or send it back.",
            code="type_3_is_decided_nationally",
            details=details,
        )
    if request.committee is DRIVING and case.curriculum_type == 2:
        raise RuleViolation(
            "หลักสูตรประเภทที่ ๒ คณะกรรมการขับเคลื่อนฯ จังหวัดเป็นผู้ให้ความเห็นชอบเอง ไม่ต้องเสนอต่อ",
            "A type 2 curriculum is decided by the provincial driving committee itself.",
            code="type_2_is_decided_by_the_province",
            details=details,
        )
    raise RuleViolation(
        "คณะกรรมการชุดนี้ลงมติเช่นนี้ไม่ได้",
        f"The {request.committee.value} cannot {request.outcome} this case.",
        code="outcome_not_allowed",
        details=details,
    )


def _same_version(case: Case, read: int | None) -> None:
    submitted = case.submitted.document_version if case.submitted else None
    if read is not None and read != submitted:
        raise Conflict(
            f"เอกสารที่อยู่ระหว่างพิจารณาคือฉบับที่ {submitted} ไม่ใช่ฉบับที่ {read}",
            f"The version under review is {submitted}, not {read}.",
            code="document_version_changed",
            details={"document_version": submitted},
        )


def decision_facts(
    case: Case, request: DecisionRequest, actor: Actor, outcome: str, stage: Stage
) -> dict[str, Any]:
    submitted = case.submitted
    return case.facts() | {
        "decision_no": len(case.decisions) + 1,
        "committee": request.committee.value,
        "outcome": outcome,
        "previous_stage": case.stage.value,
        "stage": stage.value,
        "document_version": submitted.document_version if submitted else 0,
        "content_hash": submitted.content_hash if submitted else "",
        "decided_by": actor.id,
        "decider_name": actor.name,
        "role": actor.role,
        "decided_at": actor.at,
        "reason": request.reason,
        "meeting_id": request.meeting.scheduled.meeting_id if request.meeting else None,
    }
