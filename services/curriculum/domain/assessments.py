"""Competency-based assessment summaries: per school and semester, how many learners reached
each level of each competency. The school reports and may correct its report (a new revision).

Each reported competency accounts for every learner assessed: its level counts add up to
`learners`. A competency not assessed this semester is left out.
"""

from __future__ import annotations

from kit.errors import InvalidInput
from kit.events import DomainEvent
from services.curriculum.domain.events import assessments as aev
from services.curriculum.domain.reference import COMPETENCIES, LEVELS


def assessment_stream(school: str, academic_year: int, semester: int) -> str:
    return f"assessment-{school}-{academic_year}-{semester}"


def report(
    history: list[DomainEvent],
    *,
    school: str,
    cluster: str,
    esa: str,
    province: str,
    academic_year: int,
    semester: int,
    learners: int,
    levels: dict[str, dict[str, int]],
) -> list[DomainEvent]:
    _known(levels)
    accounts_for_everyone(levels, learners)
    revision = sum(isinstance(e, aev.CompetencyAssessmentReported) for e in history) + 1
    return [
        aev.CompetencyAssessmentReported(
            school=school,
            cluster=cluster,
            esa=esa,
            province=province,
            academic_year=academic_year,
            semester=semester,
            revision=revision,
            learners=learners,
            levels=every_level(levels),
        )
    ]


def _known(levels: dict[str, dict[str, int]]) -> None:
    if not levels:
        raise InvalidInput(
            "กรุณารายงานผลอย่างน้อยหนึ่งสมรรถนะ",
            "Report at least one competency.",
            code="no_competencies",
            details={"field": "levels"},
        )
    unknown = sorted(set(levels) - set(COMPETENCIES))
    unknown_levels = sorted({lv for c in levels.values() for lv in c} - set(LEVELS))
    if unknown or unknown_levels:
        raise InvalidInput(
            "มีรหัสสมรรถนะหรือระดับที่ไม่รู้จัก",
            "Unknown competency or level codes.",
            code="unknown_codes",
            details={
                "competencies": unknown,
                "levels": unknown_levels,
                "known_competencies": list(COMPETENCIES),
                "known_levels": list(LEVELS),
            },
        )


def accounts_for_everyone(levels: dict[str, dict[str, int]], learners: int) -> None:
    """Every reported competency accounts for all `learners` (its level counts add up)."""
    wrong = {
        c: sum(counts.values()) for c, counts in levels.items() if sum(counts.values()) != learners
    }
    if wrong:
        raise InvalidInput(
            f"จำนวนผู้เรียนในแต่ละสมรรถนะต้องรวมได้ {learners} คนเท่ากับจำนวนผู้เรียนที่ประเมิน",
            f"Each competency's level counts must add up to the {learners} learners assessed.",
            code="counts_do_not_add_up",
            details={"sums": wrong, "learners": learners},
        )


def every_level(levels: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Each competency with a count for every level (0 where none was given)."""
    return {str(c): {str(lv): counts.get(lv, 0) for lv in LEVELS} for c, counts in levels.items()}
