"""Competency-based teaching (seed 003, item 4): a teacher's lesson plan, its document versions
and the feedback of supervisors and coaches; the ESA's exchange forums."""

from __future__ import annotations

from pydantic import Field, field_validator

from services.curriculum.domain.commands.base import (
    AcademicYear,
    Command,
    Competencies,
    Day,
    DocumentVersion,
    Line,
    SchoolCode,
    Title,
    repeated,
)
from services.curriculum.domain.teaching_terms import ForumFormat, Grade, LearningArea, Verdict


class StartLessonPlan(Command):
    """A teacher starts the plan for one learning area and grade of an academic year."""

    academic_year: AcademicYear
    subject: LearningArea = Field(title="กลุ่มสาระการเรียนรู้")
    grade: Grade = Field(title="ระดับชั้น")
    title: Title = Field(title="ชื่อแผน/หน่วยการเรียนรู้")
    competencies: Competencies
    hours: int | None = Field(default=None, ge=1, le=400, title="จำนวนชั่วโมง")


class AddLessonPlanVersion(DocumentVersion):
    """A new version of the lesson plan document."""


class GiveLessonPlanFeedback(Command):
    document_version: int = Field(ge=1, le=10_000, title="แผนฉบับที่อ่าน")
    verdict: Verdict = Field(title="ผลการพิจารณา")
    strengths: list[Line] = Field(default_factory=list, max_length=20, title="จุดเด่นของแผน")
    suggestions: list[Line] = Field(
        default_factory=list,
        max_length=20,
        title="ข้อเสนอแนะ",
        description="At least one when the verdict is revise",
    )
    comment: str = Field(default="", max_length=2000, title="ความเห็นเพิ่มเติม")


class RecordExchangeForum(Command):
    """A forum held for the pilot schools' teachers to exchange their practice."""

    title: Title = Field(title="ชื่อเวที")
    held_on: Day = Field(title="วันที่จัด")
    format: ForumFormat = Field(title="รูปแบบการจัด")
    venue: str = Field(default="", max_length=300, title="สถานที่/ช่องทาง")
    topics: list[Line] = Field(min_length=1, max_length=30, title="ประเด็นแลกเปลี่ยน")


class ForumSchool(Command):
    school: SchoolCode
    teachers: int = Field(ge=0, le=500, title="จำนวนครู")
    administrators: int = Field(default=0, ge=0, le=50, title="จำนวนผู้บริหาร")


class RecordForumParticipants(Command):
    """Who took part, per school of the ESA, and others (supervisors, partners)."""

    schools: list[ForumSchool] = Field(min_length=1, max_length=100, title="โรงเรียนที่เข้าร่วม")
    others: int = Field(default=0, ge=0, le=5000, title="ผู้เข้าร่วมอื่น")

    @field_validator("schools")
    @classmethod
    def _once_each(cls, schools: list[ForumSchool]) -> list[ForumSchool]:
        if twice := repeated([s.school for s in schools]):
            raise ValueError(f"listed more than once: {', '.join(twice)}")
        return schools


class RecordForumOutcomes(Command):
    outcomes: list[Line] = Field(min_length=1, max_length=30, title="ผลที่ได้จากเวที")
    good_practices: list[Line] = Field(
        default_factory=list, max_length=30, title="แนวปฏิบัติที่ดีที่นำเสนอ"
    )
    next_steps: list[Line] = Field(default_factory=list, max_length=30, title="การดำเนินการต่อ")
