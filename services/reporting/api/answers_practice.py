"""Answers of the curriculum practice report: coaching, lesson plans, exchange forums,
teachers' class assessments and sandbox-law records (docs/curriculum.md)."""

from __future__ import annotations

from services.reporting.api.answers import Answer, Head, Unit
from services.reporting.api.answers_curriculum import CompetencyRow


class PracticeHeadline(Answer):
    coaching_teams: int
    coaches: int
    schools_coached: int
    lesson_plans: int
    lesson_plans_with_feedback: int
    lesson_plans_ready: int
    exchange_forums: int
    forum_participants: int
    class_assessments: int
    assessment_tools: int
    learning_products: int
    donations_baht: float
    innovation_subsidy_baht: float
    learning_materials_baht: float
    credit_transfers_in: int
    credit_transfers_out: int


class PracticeRow(PracticeHeadline, Unit):
    pass


class SubjectPlans(Answer):
    subject: str
    subject_th: str
    plans: int
    with_feedback: int
    ready: int


class ToolCount(Answer):
    kind: str
    kind_th: str
    tools: int


class Practice(PracticeHeadline, Head):
    """Coaching, lesson plans, forums, teachers' class assessments and sandbox-law records
    (docs/curriculum.md); a province's and the nation's rows carry the headline figures."""

    lesson_plans_with_document: int
    lesson_plans_coached: int
    teachers_planning: int
    by_subject: list[SubjectPlans]
    forum_teachers: int
    forum_schools: int
    classes_with_results: int
    learners_assessed_by_teachers: int
    tools_by_kind: list[ToolCount]
    teacher_competencies: list[CompetencyRow]
    schools_with_sandbox_records: int
    esas: list[PracticeRow] | None = None
    provinces: list[PracticeRow] | None = None
