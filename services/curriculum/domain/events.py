"""curriculum events of a case's stream. Each carries the school, ESA, province, academic year
(B.E.) and the curriculum type at that moment, so readers never call back.

Decisions share one shape (`Decision`): who decided, in which role, when, why, on which
document version and content hash, at which meeting, and the stage the case is in after it.
"""

from __future__ import annotations

from datetime import date, datetime

from kit.events import DomainEvent, EventRegistry
from services.curriculum.domain import assessment_events, meeting_events


class CaseEvent(DomainEvent):
    case_id: str
    school: str
    esa: str
    province: str
    academic_year: int  # B.E.
    curriculum_type: int  # 2 or 3, as it stands after this event


class CurriculumCaseOpened(CaseEvent):
    type = "curriculum.CurriculumCaseOpened"
    title: str
    school_name: str
    cluster: str
    stage: str  # "draft"


class CurriculumDocumentVersionAdded(CaseEvent):
    type = "curriculum.CurriculumDocumentVersionAdded"
    document_version: int  # 1, 2, 3...
    reference: str  # where the document is kept (a URL or a file reference)
    content_hash: str  # "sha256:<64 hex>"
    note: str = ""


class BaseAnalysisRecorded(CaseEvent):
    """The school's analysis of its base (ฐานทุน) against the core and competency curricula."""

    type = "curriculum.BaseAnalysisRecorded"
    summary: str
    strengths: list[str]
    development_needs: list[str]


class CurriculumTypeChanged(CaseEvent):
    type = "curriculum.CurriculumTypeChanged"
    previous_type: int
    stage: str
    route_restarted: bool  # True once the case had been submitted: it starts at screening again


class SchoolBoardApprovalRecorded(CaseEvent):
    type = "curriculum.SchoolBoardApprovalRecorded"
    approved_on: date
    resolution: str  # the board's resolution (number and text)
    document_version: int


class PublicHearingRecorded(CaseEvent):
    type = "curriculum.PublicHearingRecorded"
    held_on: date
    participants: dict[str, int]  # partner group code -> number of participants
    total: int
    document_version: int


class CurriculumSubmitted(CaseEvent):
    type = "curriculum.CurriculumSubmitted"
    submission_no: int
    resubmission: bool
    document_version: int
    content_hash: str
    stage: str  # the committee stage the case goes to
    submitted_by: str
    submitted_at: datetime


class CurriculumWithdrawn(CaseEvent):
    type = "curriculum.CurriculumWithdrawn"
    previous_stage: str
    stage: str  # "withdrawn"
    reason: str
    withdrawn_by: str
    withdrawn_at: datetime


class Decision(CaseEvent):
    """What every committee decision records (not an event type of its own)."""

    decision_no: int
    committee: str
    outcome: str  # passed, sent_back, forwarded, approved, rejected, reversed
    previous_stage: str
    stage: str
    document_version: int
    content_hash: str
    decided_by: str
    decider_name: str
    role: str
    decided_at: datetime
    reason: str
    meeting_id: str | None = None


class CurriculumScreeningPassed(Decision):
    type = "curriculum.CurriculumScreeningPassed"


class CurriculumSentBack(Decision):
    type = "curriculum.CurriculumSentBack"
    required_changes: list[str]


class CurriculumForwardedToPolicyCommittee(Decision):
    type = "curriculum.CurriculumForwardedToPolicyCommittee"


class CurriculumApproved(Decision):
    type = "curriculum.CurriculumApproved"
    approved_by: str  # "driving_committee" (type 2) or "policy_committee" (type 3)


class CurriculumRejected(Decision):
    type = "curriculum.CurriculumRejected"


class CurriculumDecisionReversed(Decision):
    """A committee reverses its own latest decision; the case is back with that committee."""

    type = "curriculum.CurriculumDecisionReversed"
    reverses_decision_no: int
    reversed_outcome: str


CASE_EVENTS: list[type[DomainEvent]] = [
    CurriculumCaseOpened,
    CurriculumDocumentVersionAdded,
    BaseAnalysisRecorded,
    CurriculumTypeChanged,
    SchoolBoardApprovalRecorded,
    PublicHearingRecorded,
    CurriculumSubmitted,
    CurriculumWithdrawn,
    CurriculumScreeningPassed,
    CurriculumSentBack,
    CurriculumForwardedToPolicyCommittee,
    CurriculumApproved,
    CurriculumRejected,
    CurriculumDecisionReversed,
]

registry = EventRegistry(
    [*CASE_EVENTS, *meeting_events.MEETING_EVENTS, *assessment_events.ASSESSMENT_EVENTS]
)
