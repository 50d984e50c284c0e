"""What a teacher's class assessment routes answer."""

from __future__ import annotations

from pydantic import BaseModel

from services.curriculum.api.answers_teaching import TeacherRecord
from services.curriculum.domain.teaching_terms import Grade, LearningArea, ProductKind, ToolKind


class Tool(BaseModel):
    tool_no: int
    kind: ToolKind
    title: str
    competencies: list[str]
    reference: str
    content_hash: str


class Product(BaseModel):
    product_no: int
    kind: ProductKind
    title: str
    competencies: list[str]
    learners: int
    assessed_with: list[int]


class Results(BaseModel):
    revision: int
    learners: int
    levels: dict[str, dict[str, int]]
    tools_used: list[int]


class ClassAssessment(TeacherRecord):
    """A teacher's assessment record of a class: tools, learning products, results."""

    record_id: str
    semester: int
    learners: int
    tools: list[Tool]
    products: list[Product]
    results: Results | None


class ClassAssessmentRow(BaseModel):
    record_id: str
    school: str
    school_name: str
    esa: str
    year: str
    semester: str
    subject: LearningArea
    grade: Grade
    teacher: str
    teacher_name: str
    learners: int
    tools: int
    products: int
    results_revision: int
