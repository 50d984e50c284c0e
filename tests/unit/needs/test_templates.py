"""Survey templates: versions never change, changes are new versions that keep meanings."""

from __future__ import annotations

import pytest

from kit.errors import InvalidInput, NotFound, RuleViolation
from services.needs.domain import templates
from services.needs.domain.questions import Condition
from tests.unit.needs.builders import choice, published, question


def problems(exc: pytest.ExceptionInfo[InvalidInput]) -> set[tuple[str, str]]:
    return {(p["question"], p["problem"]) for p in exc.value.details}


def test_the_first_publication_is_version_1_and_the_next_version_2() -> None:
    first = templates.publish_version([], published(version=0))
    assert first[0].version == 1
    changed = published(version=0, title_th="แบบสำรวจ ฉบับปรับปรุง")
    assert templates.publish_version(first, changed)[0].version == 2


def test_a_version_identical_to_the_latest_is_refused() -> None:
    first = templates.publish_version([], published(version=0))
    with pytest.raises(RuleViolation) as exc:
        templates.publish_version(first, published(version=0))
    assert exc.value.code == "template_unchanged"


def test_a_published_version_stays_as_it_was_when_a_new_one_is_published() -> None:
    first = templates.publish_version([], published(version=0))
    second = templates.publish_version(first, published(version=0, questions=[choice()]))
    template = templates.template_from([*first, *second])
    assert template.version(1) == first[0] and template.latest == second[0]
    assert [q.id for q in template.version(1).questions] != ["media"]  # type: ignore[union-attr]


def test_a_question_id_may_not_change_its_kind_in_a_later_version() -> None:
    first = templates.publish_version([], published(version=0, questions=[choice("q1")]))
    changed = published(version=0, questions=[question(id="q1", kind="number")])
    with pytest.raises(InvalidInput) as exc:
        templates.publish_version(first, changed)
    assert problems(exc) == {("q1", "question_meaning_changed")}


def test_a_scale_question_keeps_its_bounds_across_versions() -> None:
    scale = question(id="need", kind="scale", scale_min=1, scale_max=5)
    first = templates.publish_version([], published(version=0, questions=[scale]))
    narrower = question(id="need", kind="scale", scale_min=1, scale_max=4)
    with pytest.raises(InvalidInput) as exc:
        templates.publish_version(first, published(version=0, questions=[narrower]))
    assert exc.value.code == "template_invalid"


def test_question_ids_are_unique_and_choices_have_two_distinct_options() -> None:
    one_option = question(id="c", kind="choice", options=[{"id": "a", "label_th": "ก"}])
    twice = question(
        id="d", kind="choice", options=[{"id": "a", "label_th": "ก"}, {"id": "a", "label_th": "ข"}]
    )
    with pytest.raises(InvalidInput) as exc:
        templates.publish_version(
            [], published(version=0, questions=[choice("m"), choice("m"), one_option, twice])
        )
    assert problems(exc) == {
        ("m", "duplicate_question"),
        ("c", "too_few_options"),
        ("d", "duplicate_option"),
    }


def test_scales_numbers_and_options_are_checked_for_sense() -> None:
    qs = [
        question(id="s", kind="scale", scale_min=5, scale_max=1),
        question(id="t", kind="scale", scale_min=1, scale_max=5, need_from=7),
        question(id="n", kind="number", number_min=10, number_max=1),
        question(id="x", kind="text", options=[{"id": "a", "label_th": "ก"}]),
    ]
    with pytest.raises(InvalidInput) as exc:
        templates.publish_version([], published(version=0, questions=qs))
    assert problems(exc) == {
        ("s", "scale_reversed"),
        ("t", "need_from_outside_scale"),
        ("n", "number_reversed"),
        ("x", "options_not_allowed"),
    }


def test_a_skip_rule_points_to_an_earlier_question_and_values_it_can_take() -> None:
    later = question(id="early", show_if=Condition(question="late", any_of=["a"]))
    wrong_value = question(id="w", show_if=Condition(question="media", any_of=["paper"]))
    on_text = question(id="t2", show_if=Condition(question="txt", any_of=["a"]))
    qs = [later, choice("media"), wrong_value, question(id="txt"), on_text, question(id="late")]
    with pytest.raises(InvalidInput) as exc:
        templates.publish_version([], published(version=0, questions=qs))
    assert problems(exc) == {
        ("early", "show_if_unknown"),
        ("w", "show_if_value"),
        ("t2", "show_if_kind"),
    }


def test_a_template_without_versions_is_not_found() -> None:
    with pytest.raises(NotFound):
        templates.template_from([])
