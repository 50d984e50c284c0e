"""A pilot school's records under the sandbox laws (legal bases 4, 5, 6 and 8 of the Rayong
manual): each entry names its basis, is numbered within the school's academic year, and is
dated within that year and not in the future. Only sandbox pilot schools keep them.
"""

from __future__ import annotations

from kit.errors import InvalidInput
from kit.events import DomainEvent
from kit.thai import academic_year_bounds
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.sandbox import (
    RecordCreditTransfer,
    RecordDonation,
    RecordInnovationSubsidy,
    RecordMaterialsSpending,
    RecordSandboxEntry,
)
from services.curriculum.domain.events import sandbox as ev
from services.curriculum.domain.preparation import not_in_future
from services.curriculum.domain.schools import School, require_pilot

EVENT_OF: dict[type[RecordSandboxEntry], type[ev.SandboxEntryEvent]] = {
    RecordDonation: ev.SandboxDonationRecorded,
    RecordInnovationSubsidy: ev.InnovationSubsidyRecorded,
    RecordMaterialsSpending: ev.LearningMaterialsSpendingRecorded,
    RecordCreditTransfer: ev.CreditTransferRecorded,
}


def sandbox_stream(school: str, academic_year: int) -> str:
    return f"sandbox-{school}-{academic_year}"


def entries(history: list[DomainEvent]) -> list[ev.SandboxEntryEvent]:
    return [e for e in history if isinstance(e, ev.SandboxEntryEvent)]


def record_entry(
    history: list[DomainEvent],
    school: School,
    year: int,
    command: RecordSandboxEntry,
    actor: Actor,
) -> list[DomainEvent]:
    require_pilot(school)
    _within_year(command, year)
    not_in_future(command.occurred_on, actor.today, "occurred_on")
    event_class = EVENT_OF[type(command)]
    return [
        event_class(
            **school.facts(),
            academic_year=year,
            entry_no=len(entries(history)) + 1,
            basis=command.basis.value,
            recorded_by=actor.id,
            **command.model_dump(mode="json"),
        )
    ]


def _within_year(command: RecordSandboxEntry, year: int) -> None:
    first, last = academic_year_bounds(year)
    if not first <= command.occurred_on <= last:
        raise InvalidInput(
            f"วันที่ต้องอยู่ในปีการศึกษา {year}",
            f"The date must lie within academic year {year}.",
            code="date_outside_academic_year",
            details={"field": "occurred_on", "from": first.isoformat(), "to": last.isoformat()},
        )


TOTALS = (
    "donations_baht",
    "innovation_subsidy_baht",
    "learning_materials_baht",
    "credit_transfers_in",
    "credit_transfers_out",
)


def totals(history: list[DomainEvent]) -> dict[str, int]:
    """The year's sums: baht per money basis, learners per transfer direction."""
    sums = dict.fromkeys(TOTALS, 0)
    for e in entries(history):
        match e:
            case ev.SandboxDonationRecorded():
                sums["donations_baht"] += e.value_baht
            case ev.InnovationSubsidyRecorded():
                sums["innovation_subsidy_baht"] += e.amount_baht
            case ev.LearningMaterialsSpendingRecorded():
                sums["learning_materials_baht"] += e.amount_baht
            case ev.CreditTransferRecorded():
                sums[f"credit_transfers_{e.direction}"] += e.learners
    return sums
