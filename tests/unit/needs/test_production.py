"""Production records (form 3): registration, evidence by content hash, evaluation."""

from __future__ import annotations

from typing import Any

import pytest

from kit.errors import InvalidInput, NotFound, RuleViolation
from kit.events import DomainEvent
from services.needs.domain import events as ev
from services.needs.domain import production
from services.needs.domain.commands.common import EvidenceItem
from services.needs.domain.commands.production import (
    AddEvidence,
    EvaluateProduction,
    WithdrawProduction,
)
from services.needs.domain.indicators import INDICATORS, quality_level
from services.needs.domain.vocabulary import QualityLevel
from tests.unit.needs.builders import SCHOOL, TODAY

HASH_A, HASH_B = "a" * 64, "b" * 64


def evidence(sha: str = HASH_A) -> ev.Evidence:
    return ev.Evidence(title="แผนการจัดการเรียนรู้", reference="doc://plans/1", sha256=sha)


def registered(**kw: Any) -> ev.ProductionRegistered:
    fields: dict[str, Any] = {
        "production_id": "p1",
        "school": SCHOOL,
        "cluster": "loei-3-nahaeo",
        "esa": "loei-3",
        "province": "loei",
        "academic_year": 2569,
        "semester": 1,
        "title": "ชุดกิจกรรมคณิตศาสตร์ เรื่องเศษส่วน",
        "kind": "media",
        "subject": "mathematics",
        "grade_levels": ["p4", "p5"],
        "authors": [ev.Author(name="นางสาวสมใจ ตัวอย่าง")],
        "evidence": [evidence()],
        "registered_on": TODAY,
    }
    return ev.ProductionRegistered(**(fields | kw))


def scores(level: int = 4, **overrides: int) -> list[ev.IndicatorScore]:
    return [ev.IndicatorScore(indicator=i, score=overrides.get(i, level)) for i in INDICATORS]


def add(history: list[DomainEvent], pieces: list[ev.Evidence]) -> list[DomainEvent]:
    command = AddEvidence.model_construct(evidence=[EvidenceItem(**e.model_dump()) for e in pieces])
    return production.add_evidence(history, command, TODAY)


def evaluate(
    history: list[DomainEvent], given: list[ev.IndicatorScore], comment: str = ""
) -> list[DomainEvent]:
    """Scores as the edge passes them (of any indicator or size: the domain checks them)."""
    command = EvaluateProduction.model_construct(scores=given, comment=comment)
    return production.evaluate_production(history, command, TODAY)


def withdraw(history: list[DomainEvent], reason: str) -> list[DomainEvent]:
    return production.withdraw_production(history, WithdrawProduction(reason=reason), TODAY)


def test_a_school_registers_what_it_produced() -> None:
    assert production.register_production([], registered()) == [registered()]


def test_grade_levels_and_evidence_hashes_do_not_repeat() -> None:
    with pytest.raises(InvalidInput) as exc:
        production.register_production([], registered(grade_levels=["p4", "p4"]))
    assert exc.value.code == "grade_levels_repeat"
    with pytest.raises(RuleViolation) as exc:
        production.register_production([], registered(evidence=[evidence(), evidence()]))
    assert exc.value.code == "evidence_repeated"


def test_evidence_added_later_must_be_new_content() -> None:
    history = [registered()]
    [added] = add(history, [evidence(HASH_B)])
    assert isinstance(added, ev.ProductionEvidenceAdded) and added.school == SCHOOL
    with pytest.raises(RuleViolation) as exc:
        add([*history, added], [evidence(HASH_B)])
    assert exc.value.details == {"field": "evidence", "sha256": [HASH_B]}


def test_evidence_is_limited() -> None:
    many = [evidence(f"{n:064x}") for n in range(1, 50)]
    history = [registered(), *add([registered()], many)]
    with pytest.raises(RuleViolation) as exc:
        add(history, [evidence("c" * 64)])
    assert exc.value.code == "too_much_evidence"


def test_an_evaluation_scores_every_indicator_and_the_level_follows_the_mean() -> None:
    [evaluated] = evaluate([registered()], scores(3, creativity=4, dissemination=4), "ดี")
    assert isinstance(evaluated, ev.ProductionEvaluated)
    assert evaluated.mean == round(20 / 6, 2) and evaluated.quality_level is QualityLevel.GOOD
    assert (evaluated.kind, evaluated.subject, evaluated.evaluation) == ("media", "mathematics", 1)


def test_the_quality_levels_of_the_rubric() -> None:
    assert [quality_level(m) for m in (4, 3.5, 3.49, 2.5, 1.5, 1.49)] == [
        QualityLevel.EXCELLENT,
        QualityLevel.EXCELLENT,
        QualityLevel.GOOD,
        QualityLevel.GOOD,
        QualityLevel.FAIR,
        QualityLevel.IMPROVE,
    ]


def test_an_incomplete_or_unknown_set_of_indicators_is_refused() -> None:
    partial = scores()[:-1]
    with pytest.raises(InvalidInput) as exc:
        evaluate([registered()], partial, "")
    assert exc.value.details["missing"] == ["dissemination"]
    odd = [*scores(), ev.IndicatorScore(indicator="beauty", score=4)]
    with pytest.raises(InvalidInput) as exc:
        evaluate([registered()], odd, "")
    assert exc.value.details["unknown"] == ["beauty"]
    with pytest.raises(InvalidInput) as exc:
        evaluate([registered()], scores(5), "")
    assert exc.value.code == "score_out_of_range"


def test_a_second_evaluation_supersedes_the_first() -> None:
    first = evaluate([registered()], scores(2), "")
    [second] = evaluate([registered(), *first], scores(4), "")
    assert second.evaluation == 2 and second.quality_level is QualityLevel.EXCELLENT  # type: ignore[attr-defined]


def test_an_unknown_record_is_not_found() -> None:
    with pytest.raises(NotFound):
        evaluate([], scores(), "")


def test_a_withdrawn_record_takes_nothing_more_and_is_withdrawn_once() -> None:
    evaluated = evaluate([registered()], scores(3), "")
    history = [registered(), *evaluated]
    with pytest.raises(InvalidInput) as exc:
        withdraw(history, "   ")
    assert exc.value.code == "reason_required"
    [withdrawn] = withdraw(history, " ลงทะเบียนซ้ำ ")
    assert isinstance(withdrawn, ev.ProductionWithdrawn)
    assert (withdrawn.reason, withdrawn.school, withdrawn.academic_year) == (
        "ลงทะเบียนซ้ำ",
        SCHOOL,
        2569,
    )
    history.append(withdrawn)
    for change in (
        lambda: withdraw(history, "อีกครั้ง"),
        lambda: add(history, [evidence(HASH_B)]),
        lambda: evaluate(history, scores(4), ""),
    ):
        with pytest.raises(RuleViolation) as refused:
            change()
        assert refused.value.code == "production_withdrawn"
