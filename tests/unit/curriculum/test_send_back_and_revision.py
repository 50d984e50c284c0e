"""Send back -> revise (a new document version) -> resubmit, as many times as needed."""

from __future__ import annotations

import pytest

from kit.errors import InvalidInput, RuleViolation
from services.curriculum.domain import preparation, submission
from services.curriculum.domain.case import case_from
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.reference import Stage
from tests.unit.curriculum.given import (
    DIRECTOR,
    DRIVING,
    HASH_2,
    HASH_3,
    POLICY,
    SUB,
    decide,
    forwarded,
    resubmitted,
    revised,
    screened,
    submitted,
    then,
)


def test_a_send_back_must_list_the_required_changes() -> None:
    with pytest.raises(InvalidInput) as refused:
        decide(submitted(), SUB, "send_back", required_changes=())
    assert refused.value.code == "required_changes_missing"
    h = decide(submitted(), SUB, "send_back", required_changes=("เพิ่มกรอบสาระท้องถิ่น",))
    sent_back = h[-1]
    assert isinstance(sent_back, ev.CurriculumSentBack)
    assert sent_back.required_changes == ["เพิ่มกรอบสาระท้องถิ่น"]
    assert case_from(h).stage is Stage.RETURNED


def test_a_sent_back_case_needs_a_new_version_before_it_is_resubmitted() -> None:
    h = decide(submitted(), SUB, "send_back")
    with pytest.raises(RuleViolation) as refused:
        submission.submit(h, DIRECTOR)
    assert refused.value.code == "revision_required"
    h = revised(h)
    [again] = submission.submit(h, DIRECTOR)
    assert isinstance(again, ev.CurriculumSubmitted)
    assert (again.submission_no, again.resubmission, again.document_version) == (2, True, 2)
    assert again.content_hash == HASH_2


def test_a_resubmission_returns_to_the_committee_that_sent_it_back() -> None:
    h = resubmitted(decide(screened(2), DRIVING, "send_back"))
    assert case_from(h).stage is Stage.PROVINCIAL_REVIEW
    h = resubmitted(decide(submitted(2), SUB, "send_back"))
    assert case_from(h).stage is Stage.SCREENING


def test_a_national_send_back_comes_back_to_the_policy_committee_after_revision() -> None:
    h = resubmitted(decide(forwarded(), POLICY, "send_back"))
    assert case_from(h).stage is Stage.NATIONAL_REVIEW
    h = decide(h, POLICY, "approve")
    assert isinstance(h[-1], ev.CurriculumApproved)


def test_the_loop_runs_as_many_times_as_needed_and_each_decision_names_its_version() -> None:
    h = submitted()
    for content_hash in (HASH_2, HASH_3):
        h = decide(h, SUB, "send_back")
        h = revised(h, content_hash)
        h = then(h, submission.submit(h, DIRECTOR))
    h = decide(h, SUB, "pass")
    case = case_from(h)
    assert case.submissions == 3
    assert [(d.outcome, d.document_version) for d in case.decisions] == [
        ("sent_back", 1),
        ("sent_back", 2),
        ("passed", 3),
    ]
    assert case.decisions[-1].content_hash == HASH_3


def test_a_type_change_after_submission_restarts_the_route() -> None:
    h = decide(screened(2), DRIVING, "send_back")
    h = then(h, preparation.change_type(h, 3))
    changed = h[-1]
    assert isinstance(changed, ev.CurriculumTypeChanged)
    assert (changed.previous_type, changed.curriculum_type, changed.route_restarted) == (2, 3, True)
    h = resubmitted(h)
    assert case_from(h).stage is Stage.SCREENING  # not back to the driving committee
    h = decide(h, SUB, "pass")
    with pytest.raises(RuleViolation) as refused:
        decide(h, DRIVING, "approve")
    assert refused.value.code == "type_3_is_decided_nationally"


def test_a_type_change_while_a_committee_reviews_sends_the_case_back_to_screening() -> None:
    h = forwarded()
    h = then(h, preparation.change_type(h, 2))
    case = case_from(h)
    assert (case.stage, case.curriculum_type) == (Stage.SCREENING, 2)
    h = decide(decide(h, SUB, "pass"), DRIVING, "approve")
    assert isinstance(h[-1], ev.CurriculumApproved) and h[-1].approved_by == "driving_committee"


def test_a_type_change_before_submission_keeps_the_draft() -> None:
    h = submitted()[:1]
    [changed] = preparation.change_type(h, 3)
    assert isinstance(changed, ev.CurriculumTypeChanged)
    assert (changed.stage, changed.route_restarted) == ("draft", False)
    assert preparation.change_type(then(h, [changed]), 3) == []
