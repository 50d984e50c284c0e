"""The events of a pilot school's records under the sandbox laws for an academic year (stream
`sandbox-<school>-<year>`, tenant = the ESA). Each names its legal basis and is numbered."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent


class SandboxEntryEvent(DomainEvent):
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int  # B.E.
    entry_no: int  # 1, 2, 3... within the school's year
    basis: str  # the legal basis code (services.curriculum.domain.legal_bases)
    occurred_on: date
    recorded_by: str


class SandboxDonationRecorded(SandboxEntryEvent):
    """A pilot school received a donation of money or property for education."""

    type = "curriculum.SandboxDonationRecorded"
    donor: str
    kind: str  # cash, property
    value_baht: int
    purpose: str


class InnovationSubsidyRecorded(SandboxEntryEvent):
    """A pilot school received the general subsidy for developing educational innovation."""

    type = "curriculum.InnovationSubsidyRecorded"
    amount_baht: int
    project: str


class LearningMaterialsSpendingRecorded(SandboxEntryEvent):
    """A pilot school spent budget on textbooks, learning media or databases."""

    type = "curriculum.LearningMaterialsSpendingRecorded"
    kind: str  # textbooks, learning_media, database
    amount_baht: int
    items: str


class CreditTransferRecorded(SandboxEntryEvent):
    """Learners' results were transferred between the pilot school and another school."""

    type = "curriculum.CreditTransferRecorded"
    direction: str  # in, out
    learners: int
    grade: str
    other_school: str
    note: str = ""


SANDBOX_EVENTS: list[type[DomainEvent]] = [
    SandboxDonationRecorded,
    InnovationSubsidyRecorded,
    LearningMaterialsSpendingRecorded,
    CreditTransferRecorded,
]
