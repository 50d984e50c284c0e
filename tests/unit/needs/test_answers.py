"""Answers are checked against the version answered; skip rules; the needs they express."""

from __future__ import annotations

from typing import Any

import pytest

from kit.errors import InvalidInput
from services.needs.domain.answers import check_answers, needs_expressed, visible_questions
from services.needs.domain.standard_form import standard_questions
from tests.unit.needs.builders import choice, question, standard_answers


def refused(questions: list[Any], answers: dict[str, Any]) -> set[tuple[str, str]]:
    with pytest.raises(InvalidInput) as exc:
        check_answers(questions, answers)
    assert exc.value.code == "answers_invalid"
    return {(p["question"], p["problem"]) for p in exc.value.details}


def test_complete_answers_to_the_standard_form_are_accepted() -> None:
    check_answers(standard_questions(), standard_answers())


def test_missing_required_answers_are_listed() -> None:
    answers = standard_answers(media_needed=None, devices_needed=None)
    assert refused(standard_questions(), answers) == {
        ("media_needed", "required"),
        ("devices_needed", "required"),
    }


def test_a_question_skipped_by_its_rule_is_not_required_and_may_not_be_answered() -> None:
    qs = standard_questions()
    has_team = standard_answers(innovation_team="yes", innovation_support=None)
    check_answers(qs, has_team)
    assert "innovation_support" not in visible_questions(qs, has_team)
    answered_anyway = standard_answers(innovation_team="yes")
    assert refused(qs, answered_anyway) == {("innovation_support", "question_skipped")}


def test_answers_must_fit_each_kind_of_question() -> None:
    qs = [
        choice("one"),
        choice("many", multiple=True),
        question(id="scale", kind="scale", scale_min=1, scale_max=5),
        question(id="count", kind="number", number_min=0, number_max=100),
        question(id="note", kind="text", max_length=5),
    ]
    answers = {
        "one": "paper",
        "many": "digital",
        "scale": 6,
        "count": True,
        "note": "ยาวเกินไปมาก",
        "ghost": 1,
    }
    assert refused(qs, answers) == {
        ("one", "unknown_option"),
        ("many", "not_a_list"),
        ("scale", "out_of_range"),
        ("count", "not_a_number"),
        ("note", "too_long"),
        ("ghost", "unknown_question"),
    }


def test_a_scale_takes_whole_numbers_and_choices_do_not_repeat() -> None:
    qs = [question(id="scale", kind="scale"), choice("many", multiple=True), question(id="t")]
    assert refused(qs, {"scale": 2.5, "many": ["kits", "kits"], "t": "  "}) == {
        ("scale", "not_a_whole_number"),
        ("many", "choices_invalid"),
        ("t", "not_text"),
    }


def test_needs_are_chosen_options_high_scale_answers_and_positive_numbers() -> None:
    needs = needs_expressed(standard_questions(), standard_answers())
    by_item = {n.item: n for n in needs}
    assert set(by_item) == {
        "media_needed:digital",
        "media_needed:kits",
        "math_media",  # 5 of 5
        "science_media",  # 4 of 5: the top two points express a need
        "innovation_needed:coding",
        "innovation_support:training",
        "devices_needed",
        "internet",
    }
    assert by_item["devices_needed"].amount == 12
    assert (by_item["math_media"].category, by_item["math_media"].subject) == (
        "media",
        "mathematics",
    )


def test_an_option_that_says_nothing_is_needed_expresses_no_need() -> None:
    needs = needs_expressed([choice("media", multiple=True)], {"media": ["none"]})
    assert needs == []


def test_a_scale_may_set_its_own_need_threshold() -> None:
    q = question(id="s", kind="scale", scale_min=1, scale_max=5, need_from=3)
    assert [n.item for n in needs_expressed([q], {"s": 3})] == ["s"]
    assert needs_expressed([q], {"s": 2}) == []
