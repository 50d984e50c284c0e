"""A pilot school's records under the sandbox laws: commands and the year's register, on the
stream `sandbox-<school>-<year>` (tenant = the school's ESA)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.curriculum.domain import sandbox_records as records
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.sandbox import RecordSandboxEntry
from services.curriculum.domain.legal_bases import LEGAL_BASES, LegalBasis
from services.curriculum.domain.schools import School

COMMON = {"school", "cluster", "esa", "province", "academic_year"}


def register_target(school: School, year: int) -> StreamTarget:
    return StreamTarget(school.esa, school.province, records.sandbox_stream(school.school, year))


def register_answer(school: str, year: int, history: list[DomainEvent]) -> dict[str, Any]:
    entries = [
        e.model_dump(mode="json", exclude=COMMON)
        | {"basis_th": LEGAL_BASES[LegalBasis(e.basis)][0], "type": e.type}
        for e in records.entries(history)
    ]
    totals = records.totals(history)
    return {"school": school, "academic_year": year, "entries": entries, "totals": totals}


async def record_entry(
    runner: CommandRunner,
    meta: CommandMeta,
    school: School,
    year: int,
    command: RecordSandboxEntry,
    actor: Actor,
) -> CommandOutcome:
    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        entry = records.entries([*history, *new])[-1]
        return {"school": school.school, "academic_year": year, "entry_no": entry.entry_no}

    return await runner.run(
        register_target(school, year),
        meta,
        lambda h: records.record_entry(h, school, year, command, actor),
        describe=describe,
    )


async def register(runner: CommandRunner, school: School, year: int) -> dict[str, Any]:
    """The school's entries of the year, with totals per basis (baht, or learners for credit
    transfers); an empty register when there are none."""
    history, _ = await runner.history(register_target(school, year))
    return register_answer(school.school, year, history)
