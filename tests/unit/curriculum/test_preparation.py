"""The school prepares its case: opening, document versions, board approval, public hearing."""

from __future__ import annotations

from datetime import date

import pytest

from kit.errors import InvalidInput, RuleViolation
from services.curriculum.domain import preparation, submission
from services.curriculum.domain.case import case_from
from services.curriculum.domain.events import cases as ev
from tests.unit.curriculum.given import (
    DIRECTOR,
    EVERY_GROUP,
    HASH_1,
    HASH_2,
    TODAY,
    opened,
    prepared,
    submitted,
    then,
)


def test_a_sandbox_pilot_school_opens_one_case_per_academic_year() -> None:
    first = opened()[0]
    assert isinstance(first, ev.CurriculumCaseOpened)
    assert preparation.open_case([], first, sandbox_pilot=True) == [first]
    with pytest.raises(RuleViolation) as refused:
        preparation.open_case([first], first, sandbox_pilot=True)
    assert refused.value.code == "case_exists"


def test_a_school_that_is_not_a_sandbox_pilot_cannot_open_a_case() -> None:
    with pytest.raises(RuleViolation) as refused:
        preparation.open_case([], opened()[0], sandbox_pilot=False)  # type: ignore[arg-type]
    assert refused.value.code == "not_a_sandbox_pilot_school"
    assert "สถานศึกษานำร่อง" in refused.value.message_th


def test_document_versions_are_numbered_in_order_with_their_hash() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, "ฉบับร่าง"))
    h = then(h, preparation.add_document(h, "drive://v2.pdf", HASH_2, ""))
    case = case_from(h)
    assert [(d.version, d.content_hash) for d in case.documents] == [(1, HASH_1), (2, HASH_2)]


def test_an_unchanged_document_is_not_a_new_version() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, ""))
    with pytest.raises(RuleViolation) as refused:
        preparation.add_document(h, "drive://v1-again.pdf", HASH_1, "")
    assert refused.value.code == "document_unchanged"


def test_a_board_approval_dated_in_the_future_is_refused() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, ""))
    with pytest.raises(InvalidInput) as refused:
        preparation.record_board_approval(h, date(2026, 7, 2), "มติที่ 1/2569", TODAY)
    assert refused.value.code == "date_in_future"


def test_the_board_approval_records_its_date_resolution_and_document_version() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, ""))
    [approval] = preparation.record_board_approval(h, date(2026, 6, 1), "มติที่ 1/2569", TODAY)
    assert isinstance(approval, ev.SchoolBoardApprovalRecorded)
    assert (approval.approved_on, approval.resolution, approval.document_version) == (
        date(2026, 6, 1),
        "มติที่ 1/2569",
        1,
    )


def test_a_public_hearing_without_all_six_partner_groups_is_refused() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, ""))
    five = EVERY_GROUP | {"private_sector": 0}
    with pytest.raises(RuleViolation) as refused:
        preparation.record_hearing(h, date(2026, 6, 1), five, TODAY)
    assert refused.value.code == "partner_groups_missing"
    assert refused.value.details == {"missing": ["private_sector"]}
    assert "ภาคเอกชน" in refused.value.message_th


def test_the_public_hearing_records_participants_per_group() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, ""))
    [hearing] = preparation.record_hearing(h, date(2026, 6, 1), EVERY_GROUP, TODAY)
    assert isinstance(hearing, ev.PublicHearingRecorded)
    assert hearing.participants == EVERY_GROUP and hearing.total == 30


def test_submission_without_board_approval_or_hearing_is_refused_with_a_clear_message() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, ""))
    h = then(h, preparation.record_analysis(h, "ฐานทุน", [], []))
    with pytest.raises(RuleViolation) as refused:
        submission.submit(h, DIRECTOR)
    assert refused.value.code == "submission_incomplete"
    assert refused.value.details["missing"] == ["school_board_approval", "public_hearing"]
    assert [i["label_th"] for i in refused.value.details["items"]] == [
        "มติเห็นชอบของคณะกรรมการสถานศึกษาขั้นพื้นฐาน",
        "การประชาพิจารณ์ภาคีเครือข่าย ๖ กลุ่ม (มาตรา ๒๖)",
    ]
    assert "คณะกรรมการสถานศึกษา" in refused.value.message_th
    assert "ประชาพิจารณ์" in refused.value.message_th


def test_submission_without_the_public_hearing_alone_is_refused() -> None:
    h = opened()
    h = then(h, preparation.add_document(h, "drive://v1.pdf", HASH_1, ""))
    h = then(h, preparation.record_analysis(h, "ฐานทุน", [], []))
    h = then(h, preparation.record_board_approval(h, date(2026, 6, 1), "มติ", TODAY))
    with pytest.raises(RuleViolation) as refused:
        submission.submit(h, DIRECTOR)
    assert refused.value.details["missing"] == ["public_hearing"]


def test_an_empty_case_lists_everything_missing() -> None:
    with pytest.raises(RuleViolation) as refused:
        submission.submit(opened(), DIRECTOR)
    missing = ["document", "base_analysis", "school_board_approval", "public_hearing"]
    assert refused.value.details["missing"] == missing
    assert [i["item"] for i in refused.value.details["items"]] == missing
    assert all(i["label_th"] and i["label_en"] for i in refused.value.details["items"])


def test_a_prepared_case_is_submitted_to_the_academic_subcommittee() -> None:
    [sent] = submission.submit(prepared(), DIRECTOR)
    assert isinstance(sent, ev.CurriculumSubmitted)
    assert (sent.stage, sent.submission_no, sent.resubmission) == ("screening", 1, False)
    assert (sent.document_version, sent.content_hash) == (1, HASH_1)
    assert sent.submitted_by == DIRECTOR.id


def test_the_school_cannot_change_its_document_while_a_committee_reviews_it() -> None:
    with pytest.raises(RuleViolation) as refused:
        preparation.add_document(submitted(), "drive://v2.pdf", HASH_2, "")
    assert refused.value.code == "case_under_review"
    with pytest.raises(RuleViolation):
        submission.submit(submitted(), DIRECTOR)
