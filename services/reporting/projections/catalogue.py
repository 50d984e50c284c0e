"""Every read model the reporting service keeps, by name."""

from __future__ import annotations

from kit.readmodel.projection import Projection
from services.reporting.projections.curriculum_assessments import CurriculumAssessments
from services.reporting.projections.curriculum_class_assessments import CurriculumClassAssessments
from services.reporting.projections.curriculum_coaching import CurriculumCoaching
from services.reporting.projections.curriculum_forums import CurriculumForums
from services.reporting.projections.curriculum_lesson_plans import CurriculumLessonPlans
from services.reporting.projections.curriculum_pipeline import CurriculumPipeline
from services.reporting.projections.curriculum_sandbox_records import CurriculumSandboxRecords
from services.reporting.projections.needs_media_followups import NeedsMediaFollowups
from services.reporting.projections.needs_model_media import NeedsModelMedia
from services.reporting.projections.needs_production import NeedsProduction
from services.reporting.projections.needs_ranking import NeedsRanking
from services.reporting.projections.needs_response import NeedsResponseRates
from services.reporting.projections.needs_service import NeedsService
from services.reporting.projections.needs_summary import NeedsEsaSummary
from services.reporting.projections.organisation import Organisation
from services.reporting.projections.supervision_coverage import SupervisionCoverage
from services.reporting.projections.supervision_dissemination import SupervisionDissemination
from services.reporting.projections.supervision_partnership_reports import (
    SupervisionPartnershipReports,
)
from services.reporting.projections.supervision_partnerships import SupervisionPartnerships
from services.reporting.projections.supervision_province_sar import SupervisionProvinceSar
from services.reporting.projections.supervision_quality_drive import SupervisionQualityDrive
from services.reporting.projections.supervision_school_year import SupervisionSchoolYear
from services.reporting.projections.supervision_teacher_honours import SupervisionTeacherHonours
from services.reporting.projections.supervision_training import SupervisionTraining
from services.reporting.projections.supervision_visits import SupervisionVisits


def projections() -> list[Projection]:
    return [
        Organisation(),
        NeedsResponseRates(),
        NeedsEsaSummary(),
        NeedsRanking(),
        NeedsProduction(),
        NeedsService(),
        NeedsModelMedia(),
        NeedsMediaFollowups(),
        SupervisionCoverage(),
        SupervisionVisits(),
        SupervisionSchoolYear(),
        SupervisionTraining(),
        SupervisionPartnerships(),
        SupervisionDissemination(),
        SupervisionQualityDrive(),
        SupervisionTeacherHonours(),
        SupervisionPartnershipReports(),
        SupervisionProvinceSar(),
        CurriculumPipeline(),
        CurriculumAssessments(),
        CurriculumCoaching(),
        CurriculumLessonPlans(),
        CurriculumForums(),
        CurriculumClassAssessments(),
        CurriculumSandboxRecords(),
    ]
