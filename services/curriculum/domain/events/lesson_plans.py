"""The events of a teacher's lesson plan (stream `lessonplan-<plan id>`, tenant = the ESA).
Each carries the school, ESA, province, academic year, learning area, grade and teacher."""

from __future__ import annotations

from datetime import datetime

from kit.events import DomainEvent
from services.curriculum.domain.events.parts import Part


class LessonPlanEvent(DomainEvent):
    plan_id: str  # "<school>-<year>-<subject>-<grade>-<teacher key>"
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int  # B.E.
    subject: str  # learning area code
    grade: str  # k1..k3, p1..p6, m1..m6
    teacher: str  # the teacher's person id


class LessonPlanStarted(LessonPlanEvent):
    """A teacher started a competency-based lesson plan for a learning area and grade.

    The plan is the teacher's แผนการจัดการเรียนรู้ฐานสมรรถนะ of one academic year."""

    type = "curriculum.LessonPlanStarted"
    school_name: str
    teacher_name: str
    title: str
    competencies: list[str]
    hours: int | None = None


class LessonPlanVersionAdded(LessonPlanEvent):
    """The teacher added a version of the plan's document (where it is kept, its hash)."""

    type = "curriculum.LessonPlanVersionAdded"
    document_version: int
    reference: str
    content_hash: str
    note: str = ""
    added_by: str


class FeedbackFacts(Part):
    """What a reviewer's feedback on a version of a plan records."""

    feedback_no: int
    document_version: int
    content_hash: str
    verdict: str  # ready, revise
    strengths: list[str]
    suggestions: list[str]
    comment: str
    given_by: str
    giver_name: str
    role: str
    as_coach: bool  # the giver coaches this school in the province's coaching team
    given_at: datetime


class LessonPlanFeedbackGiven(FeedbackFacts, LessonPlanEvent):
    """A supervisor or a coach of the provincial team gave feedback on one version."""

    type = "curriculum.LessonPlanFeedbackGiven"


LESSON_PLAN_EVENTS: list[type[DomainEvent]] = [
    LessonPlanStarted,
    LessonPlanVersionAdded,
    LessonPlanFeedbackGiven,
]
