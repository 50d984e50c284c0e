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


class QualityBaselineRecorded(SchoolYearEvent):
    """ขั้นที่ 2 (U): the school's present state on the 4Q dimensions before development."""

    type = "supervision.QualityBaselineRecorded"
    scores: dict[str, float]  # dimension -> score (0-100)
    problems: list[str]
    needs: list[str]
    priorities: list[str]  # dimensions to develop first
    collected_on: date
    revision: int  # 1, then 2... when recollected before the evaluation


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


class TeacherHonoured(SchoolYearEvent):
    """ยกย่องเชิดชูเกียรติครูที่มีผลงานที่เป็นเลิศ."""

    type = "supervision.TeacherHonoured"
    honour_id: str
    teacher: str
    position: str = ""
    work_th: str
    subject_area: str = ""
    title_th: str
    awarded_on: date
    awarded_by: str  # the role that honoured: esa_director or driving_committee
    evidence: list[Evidence]


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
    QualityBaselineRecorded,
    QualityEvaluated,
    QualityHonourAwarded,
    TeacherHonoured,
    SarSubmitted,
    SarReturnedForCorrection,
    SarAccepted,
    FollowUpSupervisionScheduled,
]
