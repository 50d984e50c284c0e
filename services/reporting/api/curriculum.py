"""The curriculum reports: the pipeline of competency-based curriculum cases, competency
assessments and competency-based practice, each at ESA, province and nation (api.registry
makes the three routes of an entry)."""

from __future__ import annotations

from services.reporting.api.answers_curriculum import Assessments, Pipeline
from services.reporting.api.answers_practice import Practice
from services.reporting.api.params import one_semester, term, year_only
from services.reporting.api.registry import Report, routes
from services.reporting.application import curriculum as queries
from services.reporting.application import curriculum_practice as practice

REPORTS = [
    Report(
        "curriculum_pipeline",
        "/curriculum/pipeline",
        queries.pipeline,
        Pipeline,
        "Curriculum cases by stage and type, time per stage, decisions, overdue cases",
        params=year_only,
    ),
    Report(
        "curriculum_assessments",
        "/curriculum/assessments",
        queries.assessments,
        Assessments,
        "Learners per competency level in one semester (an ESA's per school)",
        params=one_semester,
    ),
    Report(
        "curriculum_practice",
        "/curriculum/practice",
        practice.practice,
        Practice,
        "Coaching, lesson plans, forums, teachers' class assessments and sandbox-law records",
        params=term,
    ),
]
router = routes(REPORTS, "curriculum")
