"""What the lesson plan and exchange forum routes answer."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from services.curriculum.api.answers import DocumentVersion, SchoolRecord
from services.curriculum.domain.events.lesson_plans import FeedbackFacts
from services.curriculum.domain.teaching_terms import ForumFormat, Grade, LearningArea, Verdict


class Feedback(FeedbackFacts):
    """Feedback on a version of the plan, with the verdict in Thai."""

    model_config = ConfigDict(frozen=False, extra="ignore")
    verdict: Verdict
    verdict_th: str


class TeacherRecord(SchoolRecord):
    """A teacher's record of a learning area and grade (a lesson plan, a class record)."""

    subject: LearningArea
    subject_th: str
    grade: Grade
    grade_th: str
    teacher: str
    teacher_name: str


class LessonPlan(TeacherRecord):
    """A teacher's lesson plan with its document versions and the feedback on them."""

    plan_id: str
    title: str
    competencies: list[str]
    hours: int | None = None
    document_version: int
    documents: list[DocumentVersion]
    feedback: list[Feedback]


class LastFeedback(BaseModel):
    verdict: Verdict
    document_version: int
    giver_name: str
    as_coach: bool
    given_at: datetime


class LessonPlanRow(BaseModel):
    plan_id: str
    school: str
    school_name: str
    cluster: str
    esa: str
    year: str
    subject: LearningArea
    grade: Grade
    teacher: str
    teacher_name: str
    title: str
    competencies: list[str]
    document_version: int
    feedback: int
    last_feedback: LastFeedback | None = None
    updated_at: datetime


class ForumSchool(BaseModel):
    school: str
    school_name: str
    cluster: str
    esa: str
    teachers: int
    administrators: int


class Participation(BaseModel):
    schools: list[ForumSchool]
    others: int
    teachers: int
    administrators: int
    total: int


class Forum(BaseModel):
    """An exchange forum: when and how it was held, its topics, who took part, outcomes."""

    forum_id: str
    esa: str
    province: str
    academic_year: int
    semester: int
    title: str
    held_on: date
    format: ForumFormat
    format_th: str
    venue: str
    topics: list[str]
    participants: Participation | None
    outcomes: list[str]
    good_practices: list[str]
    next_steps: list[str]


class ForumRow(BaseModel):
    forum_id: str
    esa: str
    year: str
    semester: int
    title: str
    held_on: date
    format: ForumFormat
    venue: str
    topics: list[str]
    schools: list[ForumSchool] = []
    teachers: int = 0
    total: int = 0
    outcomes: list[str] = []
