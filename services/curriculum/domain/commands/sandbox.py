"""What a sandbox pilot school records under the laws of the sandbox (seed 003, legal bases 4,
5, 6 and 8): donations, the innovation subsidy, spending on learning materials, credit
transfers. Amounts are whole baht."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from services.curriculum.domain.commands.base import Baht, Command, Day
from services.curriculum.domain.legal_bases import (
    DonationKind,
    LegalBasis,
    MaterialKind,
    TransferDirection,
)
from services.curriculum.domain.teaching_terms import Grade

Purpose = Annotated[str, Field(min_length=1, max_length=500, title="วัตถุประสงค์/การนำไปใช้")]


class RecordSandboxEntry(Command):
    basis: ClassVar[LegalBasis]
    occurred_on: Day = Field(title="วันที่")


class RecordDonation(RecordSandboxEntry):
    basis = LegalBasis.DONATIONS
    donor: str = Field(min_length=1, max_length=200, title="ผู้บริจาค")
    kind: DonationKind = Field(title="เงินหรือทรัพย์สิน")
    value_baht: Baht
    purpose: Purpose


class RecordInnovationSubsidy(RecordSandboxEntry):
    basis = LegalBasis.INNOVATION_SUBSIDY
    amount_baht: Baht
    project: str = Field(min_length=1, max_length=300, title="นวัตกรรมที่พัฒนา")


class RecordMaterialsSpending(RecordSandboxEntry):
    basis = LegalBasis.LEARNING_MATERIALS
    kind: MaterialKind = Field(title="ประเภท")
    amount_baht: Baht
    items: str = Field(min_length=1, max_length=500, title="รายการที่จัดทำ/จัดซื้อ")


class RecordCreditTransfer(RecordSandboxEntry):
    basis = LegalBasis.CREDIT_TRANSFER
    direction: TransferDirection = Field(title="รับเข้าหรือส่งออก")
    learners: int = Field(ge=1, le=1000, title="จำนวนผู้เรียน")
    grade: Grade = Field(title="ระดับชั้น")
    other_school: str = Field(min_length=1, max_length=200, title="สถานศึกษาอีกฝ่าย")
    note: str = Field(default="", max_length=500, title="หมายเหตุ")
