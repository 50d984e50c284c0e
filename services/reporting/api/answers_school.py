"""Answers of a school's own view: its figures in each domain, never another school's."""

from __future__ import annotations

from enum import StrEnum

from services.reporting.api.answers import Answer, Level, QualityLevel
from services.reporting.api.answers_curriculum import CurriculumType, Stage
from services.reporting.api.answers_views import Organisation


class SurveyStatus(StrEnum):
    ANSWERED = "answered"
    NOT_ANSWERED = "not_answered"
    RETURNED = "returned"  # sent back for correction, not yet corrected


class Survey(Answer):
    title: str
    closes_on: str | None
    closed: bool
    status: SurveyStatus
    status_th: str


class LevelCount(Answer):
    level: QualityLevel
    level_th: str
    count: int


class SchoolNeeds(Answer):
    title_th: str
    title_en: str
    surveys: int
    surveys_answered: int
    survey_list: list[Survey]
    productions: int
    productions_evaluated: int
    productions_by_level: list[LevelCount]
    service_requests: int
    service_open: int
    service_overdue: int
    service_fulfilled: int


class SchoolSupervision(Answer):
    title_th: str
    title_en: str
    visits: int
    visits_by_mode: dict[str, int]
    last_visit_on: str | None
    action_items: int
    action_items_done: int
    action_items_overdue: int
    observations: int
    observation_levels: list[LevelCount]
    quality_agreement: bool
    quality_overall: float | None
    quality_targets_met: int
    quality_honours: list[str]
    sar_status: str
    sar_status_th: str
    trainings_attended: int
    staff_trained: int
    partner_cooperations: int
    partners: list[str]


class SchoolCase(Answer):
    case_id: str
    curriculum_type: CurriculumType | None
    stage: Stage
    stage_th: str
    since: str | None
    overdue: bool


class SchoolAssessment(Answer):
    semester: int
    learners: int
    reported_at: str | None


class SchoolCurriculum(Answer):
    title_th: str
    title_en: str
    cases: int
    case_list: list[SchoolCase]
    assessments_reported: int
    assessments: list[SchoolAssessment]


class SchoolSections(Answer):
    needs: SchoolNeeds | None = None
    supervision: SchoolSupervision | None = None
    curriculum: SchoolCurriculum | None = None


class SchoolView(Answer):
    """A school's own figures in each domain: never another school's."""

    level: Level
    code: str
    name_th: str
    esa: str
    cluster: str | None
    province: str | None
    year: int
    semester: int | None
    as_of: str | None
    organisation: Organisation
    sections: SchoolSections
