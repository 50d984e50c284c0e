"""4Q quality of a school in an academic year (TUMHOME plus INNO).

Before development the school's present state on the five dimensions is collected (the
baseline, step U). At the start of the year the school director signs a quality agreement with
the ESA director: targets on the five dimensions. At year end indicator scores are evaluated
against the targets (a later evaluation supersedes an earlier one); honours follow an
evaluation. Neither the baseline nor the agreement changes after the evaluation.
"""

from __future__ import annotations

from typing import Any

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.events import schools as ev
from services.supervision.domain.terms import DIMENSIONS


def quality_stream(school: str, year: int) -> str:
    return f"quality-{school}-{year}"


def record_baseline(
    history: list[DomainEvent], baseline: ev.QualityBaselineRecorded
) -> list[DomainEvent]:
    _check_dimensions(baseline.scores)
    _not_evaluated(history, "ข้อมูลสภาพปัจจุบัน", "baseline")
    earlier = [e for e in history if isinstance(e, ev.QualityBaselineRecorded)]
    if earlier and earlier[-1].model_dump(exclude={"revision"}) == baseline.model_dump(
        exclude={"revision"}
    ):
        return []
    return [baseline.model_copy(update={"revision": len(earlier) + 1})]


def sign_agreement(
    history: list[DomainEvent], signed: ev.QualityAgreementSigned
) -> list[DomainEvent]:
    _check_dimensions(signed.targets)
    _not_evaluated(history, "ข้อตกลง", "agreement")
    current = _agreement(history)
    if current and current.targets == signed.targets:
        return []
    return [signed]


def evaluate(
    history: list[DomainEvent],
    where: dict[str, Any],
    indicators: dict[str, dict[str, float]],
    evaluated_on: Any,
) -> list[DomainEvent]:
    agreement = _agreement(history)
    if agreement is None:
        raise RuleViolation(
            "ยังไม่มีบันทึกข้อตกลงความร่วมมือของโรงเรียนในปีนี้",
            "The school has no quality agreement (targets) for this year.",
            code="no_agreement",
        )
    _check_dimensions(indicators)
    if any(not scores for scores in indicators.values()):
        raise InvalidInput("ทุกด้านต้องมีคะแนนตัวชี้วัด", "Every dimension needs indicator scores.")
    dims = {d: round(sum(s.values()) / len(s), 2) for d, s in indicators.items()}
    return [
        ev.QualityEvaluated(
            **where,
            indicators=indicators,
            dimension_scores=dims,
            overall=round(sum(dims.values()) / len(dims), 2),
            targets_met={d: dims[d] >= agreement.targets[d] for d in DIMENSIONS},
            evaluated_on=evaluated_on,
            evaluation=sum(isinstance(e, ev.QualityEvaluated) for e in history) + 1,
        )
    ]


def award_honour(history: list[DomainEvent], award: ev.QualityHonourAwarded) -> list[DomainEvent]:
    if not any(isinstance(e, ev.QualityEvaluated) for e in history):
        raise RuleViolation(
            "ยกย่องเชิดชูเกียรติได้หลังการประเมินผลเท่านั้น",
            "Honours follow the year's evaluation.",
            code="not_evaluated",
        )
    if any(
        isinstance(e, ev.QualityHonourAwarded) and e.title_th == award.title_th for e in history
    ):
        return []
    return [award]


def _not_evaluated(history: list[DomainEvent], what_th: str, what: str) -> None:
    if any(isinstance(e, ev.QualityEvaluated) for e in history):
        raise RuleViolation(
            f"ประเมินผลปีนี้แล้ว แก้ไข{what_th}ไม่ได้",
            f"This year is evaluated; the {what} can no longer change.",
            code="already_evaluated",
        )


def _agreement(history: list[DomainEvent]) -> ev.QualityAgreementSigned | None:
    signed = [e for e in history if isinstance(e, ev.QualityAgreementSigned)]
    return signed[-1] if signed else None


def _check_dimensions(by_dimension: dict[str, Any]) -> None:
    if set(by_dimension) != set(DIMENSIONS):
        raise InvalidInput(
            "ต้องระบุครบทั้ง 5 ด้าน: นักเรียน ครู ห้องเรียน ผู้อำนวยการ และการบริหารจัดการ",
            "All five dimensions are required: student, teacher, classroom, director, management.",
            code="dimensions_incomplete",
            details={"expected": sorted(DIMENSIONS), "given": sorted(by_dimension)},
        )
