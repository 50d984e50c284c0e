"""Semester plans: assignment, reassignment, planned visits."""

from __future__ import annotations

from datetime import date

import pytest

from kit.errors import RuleViolation
from services.supervision.domain import plans
from services.supervision.domain.events.plans import SchoolReassigned, SchoolsAssigned
from tests.unit.supervision.examples import assigned, planned


def test_assigning_new_schools_records_them_for_the_supervisor() -> None:
    out = plans.assign_schools([], assigned("malee", "1042060101", "1042060102"))
    assert len(out) == 1 and isinstance(out[0], SchoolsAssigned)
    assert plans.assignments(out) == {"1042060101": "malee", "1042060102": "malee"}


def test_assigning_a_school_of_another_supervisor_is_a_reassignment() -> None:
    history = [assigned("malee", "1042060101", "1042060102")]
    out = plans.assign_schools(history, assigned("somchai", "1042060102", "1042060103"))
    fresh, moved = out
    assert isinstance(fresh, SchoolsAssigned) and [s.school for s in fresh.schools] == [
        "1042060103"
    ]
    assert isinstance(moved, SchoolReassigned)
    assert (moved.school, moved.from_supervisor, moved.to_supervisor) == (
        "1042060102",
        "malee",
        "somchai",
    )
    assert plans.assignments([*history, *out])["1042060102"] == "somchai"


def test_assigning_the_same_schools_again_changes_nothing() -> None:
    history = [assigned("malee", "1042060101")]
    assert plans.assign_schools(history, assigned("malee", "1042060101")) == []


def test_a_visit_is_planned_only_for_a_school_of_the_planner() -> None:
    history = [assigned("malee", "1042060101")]
    assert plans.plan_visit(history, planned("malee", "1042060101", date(2026, 6, 10)))
    with pytest.raises(RuleViolation) as other:
        plans.plan_visit(history, planned("somchai", "1042060101", date(2026, 6, 10)))
    assert other.value.code == "school_assigned_to_another"
    with pytest.raises(RuleViolation) as unplanned:
        plans.plan_visit(history, planned("malee", "1042060199", date(2026, 6, 10)))
    assert unplanned.value.code == "school_not_in_plan"


def test_a_planned_visit_falls_within_its_semester() -> None:
    history = [assigned("malee", "1042060101")]
    with pytest.raises(RuleViolation) as late:
        plans.plan_visit(history, planned("malee", "1042060101", date(2026, 11, 2)))
    assert late.value.code == "outside_semester"
