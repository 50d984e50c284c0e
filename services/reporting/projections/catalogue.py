"""Every read model the reporting service keeps, by name."""

from __future__ import annotations

from kit.readmodel.projection import Projection
from services.reporting.projections.curriculum_assessments import CurriculumAssessments
from services.reporting.projections.curriculum_pipeline import CurriculumPipeline
from services.reporting.projections.needs_production import NeedsProduction
from services.reporting.projections.needs_ranking import NeedsRanking
from services.reporting.projections.needs_response import NeedsResponseRates
from services.reporting.projections.needs_service import NeedsService
from services.reporting.projections.needs_summary import NeedsEsaSummary
from services.reporting.projections.organisation import Organisation
from services.reporting.projections.supervision_coverage import SupervisionCoverage
from services.reporting.projections.supervision_school_year import SupervisionSchoolYear
from services.reporting.projections.supervision_visits import SupervisionVisits


def projections() -> list[Projection]:
    return [
        Organisation(),
        NeedsResponseRates(),
        NeedsEsaSummary(),
        NeedsRanking(),
        NeedsProduction(),
        NeedsService(),
        SupervisionCoverage(),
        SupervisionVisits(),
        SupervisionSchoolYear(),
        CurriculumPipeline(),
        CurriculumAssessments(),
    ]
