"""Answers of the curriculum reports: the pipeline of competency-based curriculum cases,
competency assessments, competency-based practice, and the curriculum section."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from services.reporting.api.answers import Answer, Head, Level, Table, Unit


class Stage(StrEnum):
    DRAFT = "draft"
    SCREENING = "screening"
    PROVINCIAL_REVIEW = "provincial_review"
    NATIONAL_REVIEW = "national_review"
    RETURNED = "returned"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class CurriculumType(IntEnum):
    """Type 2: approved by the province; type 3: forwarded to the national committee."""

    TYPE_2 = 2
    TYPE_3 = 3


class Committee(StrEnum):
    ACADEMIC_SUBCOMMITTEE = "academic_subcommittee"
    DRIVING_COMMITTEE = "driving_committee"
    POLICY_COMMITTEE = "policy_committee"


class CompetencyLevel(StrEnum):
    BEGINNING = "beginning"
    DEVELOPING = "developing"
    PROFICIENT = "proficient"
    ADVANCED = "advanced"


class PipelineHeadline(Answer):
    cases: int
    type_2: int
    type_3: int
    in_progress: int
    approved: int
    rejected: int
    withdrawn: int
    overdue: int


class StageRow(Answer):
    stage: Stage
    stage_th: str
    type_2: int
    type_3: int
    total: int


class StageTime(Answer):
    stage: Stage
    stage_th: str
    cases: int
    days_total: float
    days_average: float


class Decisions(Answer):
    committee: Committee
    committee_th: str
    passed: int
    sent_back: int
    forwarded: int
    approved: int
    rejected: int
    reversed: int
    total: int


class OverdueCase(Answer):
    case_id: str
    school: str
    school_name: str
    esa: str
    province: str
    curriculum_type: CurriculumType | None
    stage: Stage
    stage_th: str
    since: str
    days_waiting: float
    limit_days: int


class PipelineRow(PipelineHeadline, Unit):
    pass


class Pipeline(PipelineHeadline, Unit):
    """Cases per stage and type, time per stage, committee decisions and overdue cases."""

    level: Level
    year: int
    pipeline: list[StageRow]
    stage_times: list[StageTime]
    decisions: list[Decisions]
    overdue_cases: list[OverdueCase]
    esas: list[PipelineRow] | None = None
    provinces: list[PipelineRow] | None = None


class CompetencyRow(Answer):
    competency: str
    competency_th: str
    beginning: int
    developing: int
    proficient: int
    advanced: int
    assessed: int


class AssessmentFigures(Answer):
    schools_reported: int
    learners: int
    competencies: list[CompetencyRow]


class AssessmentRow(AssessmentFigures, Unit):
    pass


class SchoolAssessment(Answer):
    school: str
    cluster: str | None
    learners: int | None
    levels: dict[str, dict[str, int]] | None
    revision: int | None
    reported_at: str | None


class Assessments(AssessmentFigures, Unit):
    """Learners per competency and level, over the schools' latest reports."""

    level: Level
    year: int
    semester: int
    schools: list[SchoolAssessment] | None = None
    esas: list[AssessmentRow] | None = None
    provinces: list[AssessmentRow] | None = None


class CurriculumSection(Head):
    domain: str
    title_th: str
    title_en: str
    figures: dict[str, float | int]
    labels_th: dict[str, str] | None = None
    tables: list[Table]
