"""A teacher's competency-based assessment of one class (seed 003, item 5): the tools made to
measure and assess it, the learning products learners made, and the results per competency."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from services.curriculum.domain.commands.base import (
    CONTENT_HASH,
    AcademicYear,
    Command,
    Competencies,
    LevelCounts,
    Semester,
    Title,
)
from services.curriculum.domain.teaching_terms import Grade, LearningArea, ProductKind, ToolKind

ToolNumbers = Annotated[list[int], Field(min_length=1, max_length=20, title="เครื่องมือที่ใช้ (ลำดับที่)")]


class OpenClassAssessment(Command):
    academic_year: AcademicYear
    semester: Semester
    subject: LearningArea = Field(title="กลุ่มสาระการเรียนรู้")
    grade: Grade = Field(title="ระดับชั้น")
    learners: int = Field(ge=1, le=500, title="จำนวนผู้เรียนในชั้น")


class RegisterAssessmentTool(Command):
    kind: ToolKind = Field(title="ประเภทเครื่องมือ")
    title: Title = Field(title="ชื่อเครื่องมือ")
    competencies: Competencies
    reference: str = Field(default="", max_length=500, title="ที่เก็บเครื่องมือ")
    content_hash: str = Field(default="", pattern=rf"{CONTENT_HASH}|^$", title="รหัสตรวจสอบไฟล์")


class RecordLearningProduct(Command):
    kind: ProductKind = Field(title="ประเภทผลิตภัณฑ์")
    title: Title = Field(title="ชื่อผลิตภัณฑ์/ชิ้นงาน")
    competencies: Competencies
    learners: int = Field(ge=1, le=500, title="จำนวนผู้เรียนที่ทำ")
    assessed_with: ToolNumbers


class RecordClassResults(Command):
    """The class's learners per competency level (a new record replaces the previous one)."""

    levels: LevelCounts
    tools_used: ToolNumbers
