"""A school's year: 4Q quality agreement and evaluation, SAR, and follow-ups scheduled by policy."""

from __future__ import annotations

from datetime import date, datetime

from kit.events import DomainEvent
from services.supervision.domain.events.parts import Evidence


class SchoolYearEvent(DomainEvent):
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int


class QualityAgreementSigned(SchoolYearEvent):
    """บันทึกข้อตกลงความร่วมมือ: the school director's targets on the five dimensions."""

    type = "supervision.QualityAgreementSigned"
    targets: dict[str, float]  # dimension -> target score (0-100)
    signed_on: date
    school_director: str
    esa_director: str


class QualityEvaluated(SchoolYearEvent):
    type = "supervision.QualityEvaluated"
    indicators: dict[str, dict[str, float]]  # dimension -> indicator id -> score (0-100)
    dimension_scores: dict[str, float]
    overall: float
    targets_met: dict[str, bool]
    evaluated_on: date
    evaluation: int  # 1, then 2... when re-evaluated


class QualityHonourAwarded(SchoolYearEvent):
    type = "supervision.QualityHonourAwarded"
    honour_id: str
    title_th: str
    awarded_on: date


class SarSubmitted(SchoolYearEvent):
    type = "supervision.SarSubmitted"
    revision: int
    document: Evidence
    submitted_at: datetime


class SarReturnedForCorrection(SchoolYearEvent):
    type = "supervision.SarReturnedForCorrection"
    revision: int
    reasons: list[str]


class SarAccepted(SchoolYearEvent):
    type = "supervision.SarAccepted"
    revision: int


class FollowUpSupervisionScheduled(SchoolYearEvent):
    """Policy: a curriculum was approved, so its implementation is to be supervised."""

    type = "supervision.FollowUpSupervisionScheduled"
    follow_up_id: str
    case_id: str
    curriculum_type: int
    approved_by: str
    approved_at: datetime
    due_by: date
    focus_th: str


SCHOOL_YEAR_EVENTS: list[type[DomainEvent]] = [
    QualityAgreementSigned,
    QualityEvaluated,
    QualityHonourAwarded,
    SarSubmitted,
    SarReturnedForCorrection,
    SarAccepted,
    FollowUpSupervisionScheduled,
]
