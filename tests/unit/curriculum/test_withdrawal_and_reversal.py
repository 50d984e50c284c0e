"""Withdrawal before a final decision; reversals are new events and nothing is erased."""

from __future__ import annotations

import pytest

from kit.errors import Forbidden, RuleViolation
from services.curriculum.domain import reversals, submission
from services.curriculum.domain.case import case_from
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.reference import Stage
from tests.unit.curriculum.given import (
    DIRECTOR,
    DRIVING,
    POLICY,
    SUB,
    decide,
    forwarded,
    member,
    screened,
    submitted,
    then,
)


def test_the_school_withdraws_its_case_before_a_final_decision() -> None:
    for before in (submitted()[:1], submitted(), screened(), forwarded()):
        [withdrawn] = submission.withdraw(before, "ขอปรับปรุงหลักสูตรใหม่ทั้งหมด", DIRECTOR)
        assert isinstance(withdrawn, ev.CurriculumWithdrawn)
        assert (withdrawn.stage, withdrawn.reason) == ("withdrawn", "ขอปรับปรุงหลักสูตรใหม่ทั้งหมด")
        assert withdrawn.previous_stage == case_from(before).stage


def test_a_withdrawn_case_takes_no_more_decisions() -> None:
    h = then(screened(), submission.withdraw(screened(), "ถอน", DIRECTOR))
    with pytest.raises(RuleViolation) as refused:
        decide(h, DRIVING, "approve")
    assert refused.value.code == "case_closed"


def test_a_committee_reverses_its_latest_decision_with_a_new_event() -> None:
    h = decide(screened(2), DRIVING, "approve")
    h = then(h, reversals.reverse(h, DRIVING, 2, "มติคลาดเคลื่อน", member(DRIVING)))
    reversal = h[-1]
    assert isinstance(reversal, ev.CurriculumDecisionReversed)
    assert (reversal.reverses_decision_no, reversal.reversed_outcome) == (2, "approved")
    assert (reversal.decision_no, reversal.stage) == (3, "provincial_review")
    case = case_from(h)
    assert case.stage is Stage.PROVINCIAL_REVIEW
    assert [d.outcome for d in case.decisions] == ["passed", "approved", "reversed"]
    assert case.reversed_decisions == {2}
    assert isinstance(decide(h, DRIVING, "reject")[-1], ev.CurriculumRejected)


def test_a_reversed_send_back_brings_the_case_back_to_the_committee() -> None:
    h = decide(forwarded(), POLICY, "send_back")
    h = then(h, reversals.reverse(h, POLICY, 3, "ส่งกลับโดยไม่จำเป็น", member(POLICY)))
    assert case_from(h).stage is Stage.NATIONAL_REVIEW


def test_only_the_committee_that_decided_may_reverse_it() -> None:
    h = screened()
    with pytest.raises(Forbidden):
        reversals.reverse(h, DRIVING, 1, "ไม่เห็นด้วย", member(DRIVING))


def test_only_the_latest_decision_may_be_reversed() -> None:
    h = forwarded()
    with pytest.raises(RuleViolation) as refused:
        reversals.reverse(h, SUB, 1, "ย้อน", member(SUB))
    assert refused.value.code == "decision_not_reversible"


def test_a_reversal_is_not_itself_reversed() -> None:
    h = screened()
    h = then(h, reversals.reverse(h, SUB, 1, "ย้อน", member(SUB)))
    with pytest.raises(RuleViolation):
        reversals.reverse(h, SUB, 2, "ย้อนอีก", member(SUB))
    with pytest.raises(RuleViolation):
        reversals.reverse(h, SUB, 1, "ย้อนซ้ำ", member(SUB))
