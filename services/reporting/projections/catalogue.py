"""Every read model the reporting service keeps, by name."""

from __future__ import annotations

from kit.readmodel.projection import Projection
from services.reporting.projections.curriculum_assessments import CurriculumAssessments
from services.reporting.projections.curriculum_pipeline import CurriculumPipeline
from services.reporting.projections.needs_response import NeedsResponseRates
from services.reporting.projections.organisation import Organisation


def projections() -> list[Projection]:
    return [Organisation(), NeedsResponseRates(), CurriculumPipeline(), CurriculumAssessments()]
