"""A pilot school's records under the sandbox laws: numbered entries dated within the year,
kept by pilot schools only, with the year's totals."""

from __future__ import annotations

from datetime import date

import pytest

from kit.errors import InvalidInput, RuleViolation
from services.curriculum.domain import sandbox_records as records
from services.curriculum.domain.commands.sandbox import (
    RecordCreditTransfer,
    RecordDonation,
    RecordInnovationSubsidy,
)
from services.curriculum.domain.events import sandbox as ev
from tests.unit.curriculum.practice import DIRECTOR, NOT_PILOT, PILOT, TEACHER, then

DONATION = RecordDonation.model_validate(
    {
        "occurred_on": "2026-06-15",
        "donor": "บริษัท ระยองพัฒนา จำกัด",
        "kind": "cash",
        "value_baht": 50_000,
        "purpose": "จัดซื้อชุดการเรียนรู้วิทยาการคำนวณ",
    }
)
TRANSFER = RecordCreditTransfer.model_validate(
    {
        "occurred_on": "2026-06-20",
        "direction": "in",
        "learners": 2,
        "grade": "p5",
        "other_school": "โรงเรียนวัดเขาสำเภาทอง",
    }
)


def test_entries_are_numbered_and_name_their_legal_basis() -> None:
    h = records.record_entry([], PILOT, 2569, DONATION, DIRECTOR)
    h = then(h, records.record_entry(h, PILOT, 2569, TRANSFER, TEACHER))
    donation, transfer = h
    assert isinstance(donation, ev.SandboxDonationRecorded) and donation.basis == "donations"
    assert isinstance(transfer, ev.CreditTransferRecorded) and transfer.entry_no == 2
    subsidy = RecordInnovationSubsidy.model_validate(
        {"occurred_on": "2026-06-30", "amount_baht": 120_000, "project": "ห้องเรียนนวัตกรรม"}
    )
    h = then(h, records.record_entry(h, PILOT, 2569, subsidy, DIRECTOR))
    assert records.totals(h) == {
        "donations_baht": 50_000,
        "innovation_subsidy_baht": 120_000,
        "learning_materials_baht": 0,
        "credit_transfers_in": 2,
        "credit_transfers_out": 0,
    }


def test_only_pilot_schools_keep_these_records() -> None:
    with pytest.raises(RuleViolation) as refused:
        records.record_entry([], NOT_PILOT, 2569, DONATION, DIRECTOR)
    assert refused.value.code == "not_a_sandbox_pilot_school"


def test_an_entry_lies_within_its_academic_year_and_not_in_the_future() -> None:
    with pytest.raises(InvalidInput) as other_year:
        records.record_entry([], PILOT, 2568, DONATION, DIRECTOR)
    assert other_year.value.code == "date_outside_academic_year"
    assert other_year.value.details["from"] == str(date(2025, 5, 16))
    later = DONATION.model_copy(update={"occurred_on": date(2026, 12, 1)})
    with pytest.raises(InvalidInput) as future:
        records.record_entry([], PILOT, 2569, later, DIRECTOR)
    assert future.value.code == "date_in_future"
