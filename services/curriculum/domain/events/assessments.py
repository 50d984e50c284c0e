"""Competency-based assessment summaries a school reports per semester."""

from __future__ import annotations

from kit.events import DomainEvent


class CompetencyAssessmentReported(DomainEvent):
    """A school reported (or corrected) its learners per competency level for a semester."""

    type = "curriculum.CompetencyAssessmentReported"
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int  # B.E.
    semester: int  # 1 or 2
    revision: int  # 1 for the first report of the semester, then 2, 3...
    learners: int  # learners assessed this semester
    levels: dict[str, dict[str, int]]  # competency code -> level code -> number of learners


ASSESSMENT_EVENTS: list[type[DomainEvent]] = [CompetencyAssessmentReported]
