"""Competency assessment summaries per school and semester."""

from __future__ import annotations

from typing import Any

import pytest

from kit.errors import InvalidInput
from services.curriculum.domain import assessments
from services.curriculum.domain.events import assessments as aev

SCHOOL = {
    "school": "1021080101",
    "cluster": "rayong-2-wangchan",
    "esa": "rayong-2",
    "province": "rayong",
    "academic_year": 2569,
    "semester": 1,
}


def report(history: list[Any], learners: int, levels: dict[str, dict[str, int]]) -> list[Any]:
    return assessments.report(history, **SCHOOL, learners=learners, levels=levels)  # type: ignore[arg-type]


def test_a_school_reports_its_learners_per_competency_level() -> None:
    [reported] = report([], 40, {"communication": {"developing": 25, "proficient": 15}})
    assert isinstance(reported, aev.CompetencyAssessmentReported)
    assert reported.levels == {
        "communication": {"beginning": 0, "developing": 25, "proficient": 15, "advanced": 0}
    }
    assert (reported.revision, reported.learners, reported.semester) == (1, 40, 1)


def test_each_competency_accounts_for_every_learner_assessed() -> None:
    with pytest.raises(InvalidInput) as refused:
        report([], 40, {"communication": {"developing": 25, "proficient": 10}})
    assert refused.value.code == "counts_do_not_add_up"
    assert refused.value.details == {"sums": {"communication": 35}, "learners": 40}


def test_unknown_competencies_or_levels_are_refused() -> None:
    for levels in ({"juggling": {"advanced": 40}}, {"communication": {"expert": 40}}, {}):
        with pytest.raises(InvalidInput):
            report([], 40, levels)


def test_a_correction_is_a_new_revision() -> None:
    first = report([], 40, {"teamwork": {"advanced": 40}})
    [second] = report(first, 41, {"teamwork": {"advanced": 41}})
    assert isinstance(second, aev.CompetencyAssessmentReported)
    assert (second.revision, second.learners) == (2, 41)
