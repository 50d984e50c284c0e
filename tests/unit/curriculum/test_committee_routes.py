"""The route through the committees follows from the curriculum type in the events."""

from __future__ import annotations

import pytest

from kit.errors import Conflict, RuleViolation
from services.curriculum.domain import submission
from services.curriculum.domain.case import case_from
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.reference import Stage
from tests.unit.curriculum.given import (
    DIRECTOR,
    DRIVING,
    HASH_1,
    NOW,
    POLICY,
    SUB,
    decide,
    forwarded,
    screened,
    submitted,
)


def test_the_subcommittee_passes_a_case_on_to_the_driving_committee() -> None:
    h = screened()
    passed = h[-1]
    assert isinstance(passed, ev.CurriculumScreeningPassed)
    assert (passed.outcome, passed.stage, passed.committee) == (
        "passed",
        "provincial_review",
        "academic_subcommittee",
    )
    assert case_from(h).stage is Stage.PROVINCIAL_REVIEW


def test_the_driving_committee_approves_a_type_2_curriculum_itself() -> None:
    h = decide(screened(2), DRIVING, "approve", reason="สอดคล้องกับบริบทชุมชน")
    approved = h[-1]
    assert isinstance(approved, ev.CurriculumApproved)
    data = approved.model_dump(mode="json")
    assert {k: data[k] for k in ("case_id", "school", "esa", "province")} == {
        "case_id": "1021080101-2569",
        "school": "1021080101",
        "esa": "rayong-2",
        "province": "rayong",
    }
    assert (data["academic_year"], data["curriculum_type"]) == (2569, 2)
    assert data["approved_by"] == "driving_committee"
    assert data["decided_at"] == NOW.isoformat().replace("+00:00", "Z")
    assert (data["document_version"], data["content_hash"]) == (1, HASH_1)
    assert (data["decided_by"], data["role"]) == (
        "member-of-driving_committee",
        "driving_committee",
    )
    assert data["reason"] == "สอดคล้องกับบริบทชุมชน"
    assert case_from(h).stage is Stage.APPROVED


def test_the_driving_committee_rejects_a_type_2_curriculum() -> None:
    h = decide(screened(2), DRIVING, "reject")
    assert isinstance(h[-1], ev.CurriculumRejected)
    assert case_from(h).stage is Stage.REJECTED


def test_a_type_2_curriculum_is_not_forwarded_to_the_nation() -> None:
    with pytest.raises(RuleViolation) as refused:
        decide(screened(2), DRIVING, "forward")
    assert refused.value.code == "type_2_is_decided_by_the_province"


def test_a_type_3_curriculum_is_forwarded_not_approved_by_the_province() -> None:
    with pytest.raises(RuleViolation) as refused:
        decide(screened(3), DRIVING, "approve")
    assert refused.value.code == "type_3_is_decided_nationally"
    h = forwarded()
    assert isinstance(h[-1], ev.CurriculumForwardedToPolicyCommittee)
    assert case_from(h).stage is Stage.NATIONAL_REVIEW


def test_the_province_cannot_reject_a_type_3_curriculum() -> None:
    with pytest.raises(RuleViolation) as refused:
        decide(screened(3), DRIVING, "reject")
    assert refused.value.code == "type_3_is_decided_nationally"


def test_the_policy_committee_approves_a_forwarded_type_3_curriculum() -> None:
    h = decide(forwarded(), POLICY, "approve")
    approved = h[-1]
    assert isinstance(approved, ev.CurriculumApproved)
    assert (approved.approved_by, approved.curriculum_type) == ("policy_committee", 3)
    assert [d.committee for d in case_from(h).decisions] == [
        "academic_subcommittee",
        "driving_committee",
        "policy_committee",
    ]


def test_the_policy_committee_rejects_or_sends_back_a_forwarded_case() -> None:
    assert case_from(decide(forwarded(), POLICY, "reject")).stage is Stage.REJECTED
    assert case_from(decide(forwarded(), POLICY, "send_back")).stage is Stage.RETURNED


def test_the_policy_committee_acts_only_on_forwarded_type_3_cases() -> None:
    for not_forwarded in (screened(2), screened(3), submitted(3)):
        with pytest.raises(RuleViolation) as refused:
            decide(not_forwarded, POLICY, "approve")
        assert refused.value.code == "not_forwarded"


def test_a_committee_acts_only_at_its_own_stage() -> None:
    with pytest.raises(RuleViolation) as refused:
        decide(submitted(), DRIVING, "approve")
    assert refused.value.code == "not_at_this_stage"
    with pytest.raises(RuleViolation):
        decide(screened(), SUB, "pass")


def test_a_decision_on_another_document_version_than_the_one_submitted_is_refused() -> None:
    with pytest.raises(Conflict) as refused:
        decide(submitted(), SUB, "pass", document_version=2)
    assert refused.value.code == "document_version_changed"
    assert isinstance(decide(submitted(), SUB, "pass", document_version=1)[-1], ev.Decision)


def test_a_final_decision_closes_the_case() -> None:
    h = decide(screened(2), DRIVING, "approve")
    with pytest.raises(RuleViolation) as refused:
        decide(h, DRIVING, "reject")
    assert refused.value.code == "case_closed"
    with pytest.raises(RuleViolation):
        submission.withdraw(h, "ขอถอน", DIRECTOR)


def test_decisions_are_numbered_in_the_order_they_were_taken() -> None:
    h = decide(forwarded(), POLICY, "approve")
    assert [d.decision_no for d in case_from(h).decisions] == [1, 2, 3]
