"""Observations on versioned rubrics, action items verified or overdue, curriculum follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kit.errors import InvalidInput, NotFound, RuleViolation
from services.supervision.domain import followups, observations, visits
from services.supervision.domain.events.schools import FollowUpSupervisionScheduled
from tests.unit.supervision.examples import JUNE_10, WHERE, recorded, rubric

LATER = JUNE_10 + timedelta(days=30)


def observe(history, version, **scores):  # type: ignore[no-untyped-def]
    return observations.observe_classroom(
        history, version, "o1", "ครูสมใจ", "คณิตศาสตร์", "ป.4", scores, ""
    )


def test_an_observation_scores_every_indicator_of_its_rubric_version() -> None:
    [event] = observe([recorded()], rubric(1), plan="excellent", media="fair")
    assert (event.rubric_version, event.overall_level) == (1, "good")  # type: ignore[attr-defined]
    with pytest.raises(RuleViolation) as missing:
        observe([recorded()], rubric(2, "plan", "media", "assessment"), plan="good", media="good")
    assert missing.value.code == "scores_do_not_match_rubric"


def test_levels_are_the_four_of_the_rubric() -> None:
    with pytest.raises(InvalidInput):
        observe([recorded()], rubric(1), plan="perfect", media="good")


def test_a_rubric_gets_a_new_version_only_when_it_changes() -> None:
    first = observations.publish_rubric(
        [], "loei-3", "loei", "classroom", "แบบสังเกต", rubric(1).indicators
    )
    assert (
        observations.publish_rubric(
            first, "loei-3", "loei", "classroom", "แบบสังเกต", rubric(1).indicators
        )
        == []
    )
    [second] = observations.publish_rubric(
        first, "loei-3", "loei", "classroom", "แบบสังเกต", rubric(1, "plan", "media", "x").indicators
    )
    assert second.version == 2  # type: ignore[attr-defined]
    assert observations.rubric_version([*first, second], 1).version == 1
    with pytest.raises(NotFound):
        observations.rubric_version(first, 7)


def test_an_action_item_is_verified_at_a_later_visit_to_the_same_school() -> None:
    later = visits.visit_from([recorded("v2", LATER, occurred_on=LATER.date())])
    [verified] = followups.verify_item([recorded()], "a1", later, "done", "")
    assert verified.at_visit_id == "v2"  # type: ignore[attr-defined]
    with pytest.raises(RuleViolation) as closed:
        followups.verify_item([recorded(), verified], "a1", later, "done", "")
    assert closed.value.code == "item_closed"


def test_an_item_is_not_verified_at_an_earlier_visit_or_another_school() -> None:
    same_day = visits.visit_from([recorded("v2")])
    elsewhere = visits.visit_from(
        [recorded("v3", LATER, occurred_on=LATER.date(), school="1042060102")]
    )
    for other in (same_day, elsewhere):
        with pytest.raises(RuleViolation) as wrong:
            followups.verify_item([recorded()], "a1", other, "done", "")
        assert wrong.value.code == "not_a_later_visit"


def test_an_item_past_its_due_day_becomes_overdue_once() -> None:
    assert followups.mark_overdue([recorded()], "a1", date(2026, 7, 10)) == []
    [overdue] = followups.mark_overdue([recorded()], "a1", date(2026, 7, 11))
    assert overdue.overdue_on == date(2026, 7, 11)  # type: ignore[attr-defined]
    assert followups.mark_overdue([recorded(), overdue], "a1", date(2026, 7, 12)) == []


def test_a_done_item_never_becomes_overdue() -> None:
    later = visits.visit_from([recorded("v2", LATER, occurred_on=LATER.date())])
    done = followups.verify_item([recorded()], "a1", later, "done", "")
    assert followups.mark_overdue([recorded(), *done], "a1", date(2026, 8, 1)) == []


def test_an_approved_curriculum_schedules_one_follow_up_however_often_it_arrives() -> None:
    approved = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
    args = (WHERE, "case-1", 2569, 3, "policy_committee", approved)
    [scheduled] = followups.schedule_curriculum_follow_up([], "f1", *args)
    assert isinstance(scheduled, FollowUpSupervisionScheduled)
    assert scheduled.due_by == date(2026, 7, 31) and scheduled.curriculum_type == 3
    assert followups.schedule_curriculum_follow_up([scheduled], "f2", *args) == []
