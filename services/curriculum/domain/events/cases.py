"""The events of a curriculum case's stream (`case-<school>-<year>`). Each carries the school,
ESA, province, academic year (B.E.) and the curriculum type at that moment, so readers never
call back.

Decisions share one shape (`Decision`): who decided, in which role, when, why, on which
document version and content hash, at which meeting, and the stage the case is in after it.
"""

from __future__ import annotations

from datetime import date, datetime

from kit.events import DomainEvent
from services.curriculum.domain.events.parts import Part


class CaseEvent(DomainEvent):
    case_id: str
    school: str
    esa: str
    province: str
    academic_year: int  # B.E.
    curriculum_type: int  # 2 or 3, as it stands after this event


class CurriculumCaseOpened(CaseEvent):
    """A sandbox pilot school opened its competency-based curriculum case for a year."""

    type = "curriculum.CurriculumCaseOpened"
    title: str
    school_name: str
    cluster: str
    stage: str  # "draft"


class CurriculumDocumentVersionAdded(CaseEvent):
    """The school added a version of its curriculum document (where it is kept, its hash)."""

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
    """The school declared another curriculum type (2 or 3).

    After a submission the route through the committees starts again at screening."""

    type = "curriculum.CurriculumTypeChanged"
    previous_type: int
    stage: str
    route_restarted: bool  # True once the case had been submitted: it starts at screening again


class SchoolBoardApprovalRecorded(CaseEvent):
    """The basic education school board (คณะกรรมการสถานศึกษาขั้นพื้นฐาน) approved the curriculum."""

    type = "curriculum.SchoolBoardApprovalRecorded"
    approved_on: date
    resolution: str  # the board's resolution (number and text)
    document_version: int


class PublicHearingRecorded(CaseEvent):
    """The public hearing (ประชาพิจารณ์) with the six partner groups of section 26 was held."""

    type = "curriculum.PublicHearingRecorded"
    held_on: date
    participants: dict[str, int]  # partner group code -> number of participants
    total: int
    document_version: int


class CurriculumSubmitted(CaseEvent):
    """The director submitted (or resubmitted) the case to its committee."""

    type = "curriculum.CurriculumSubmitted"
    submission_no: int
    resubmission: bool
    document_version: int
    content_hash: str
    stage: str  # the committee stage the case goes to
    submitted_by: str
    submitted_at: datetime


class CurriculumWithdrawn(CaseEvent):
    """The director withdrew the case before its final decision."""

    type = "curriculum.CurriculumWithdrawn"
    previous_stage: str
    stage: str  # "withdrawn"
    reason: str
    withdrawn_by: str
    withdrawn_at: datetime


class DecisionFacts(Part):
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


class Decision(DecisionFacts, CaseEvent):
    """A committee decision on a case (the events below share this shape)."""


class CurriculumScreeningPassed(Decision):
    """The provincial academic subcommittee passed the case on to the driving committee."""

    type = "curriculum.CurriculumScreeningPassed"


class CurriculumSentBack(Decision):
    """A committee sent the case back to the school with the changes it requires."""

    type = "curriculum.CurriculumSentBack"
    required_changes: list[str]


class CurriculumForwardedToPolicyCommittee(Decision):
    """The driving committee endorsed a type 3 curriculum and forwarded it to the nation.

    The national sandbox policy committee decides it."""

    type = "curriculum.CurriculumForwardedToPolicyCommittee"


class CurriculumApproved(Decision):
    """The final approval: by the driving committee (type 2) or the policy committee (type 3)."""

    type = "curriculum.CurriculumApproved"
    approved_by: str  # "driving_committee" (type 2) or "policy_committee" (type 3)


class CurriculumRejected(Decision):
    """The deciding committee did not approve the curriculum (final)."""

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
