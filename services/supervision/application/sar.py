"""SAR commands: the school sends its self-assessment report, a supervisor accepts it or
returns it; the ESA records its synthesis of the year's accepted reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.supervision.application.ports import Records, SchoolPlace
from services.supervision.application.quality import school_target
from services.supervision.domain import records, sar
from services.supervision.domain.commands.school_year import (
    RecordSarSynthesis,
    ReviewSar,
    SubmitSar,
)
from services.supervision.domain.events import records as rec
from services.supervision.domain.events.parts import Evidence
from services.supervision.domain.events.schools import SarSubmitted
from services.supervision.domain.vocabulary import Review


def _status(school: SchoolPlace, year: int) -> Any:
    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        done = [*history, *new]
        sent = [e for e in done if isinstance(e, SarSubmitted)]
        revision = sent[-1].revision if sent else 0
        status = sar.status(done)
        return {
            "school": school.school,
            "academic_year": year,
            "status": status,
            "revision": revision,
        }

    return describe


async def submit_sar(
    runner: CommandRunner, meta: CommandMeta, school: SchoolPlace, year: int, c: SubmitSar
) -> CommandOutcome:
    where = {**school.facts(), "academic_year": year}
    now = runner.now()
    document = Evidence(**c.document.model_dump())
    return await runner.run(
        school_target(school, sar.sar_stream(school.school, year)),
        meta,
        lambda h: sar.submit(h, where, document, now),
        describe=_status(school, year),
    )


async def review_sar(
    runner: CommandRunner, meta: CommandMeta, school: SchoolPlace, year: int, c: ReviewSar
) -> CommandOutcome:
    accept = c.decision is Review.ACCEPT
    return await runner.run(
        school_target(school, sar.sar_stream(school.school, year)),
        meta,
        lambda h: sar.decide(h, accept, list(c.reasons)),
        describe=_status(school, year),
    )


async def record_synthesis(
    runner: CommandRunner,
    meta: CommandMeta,
    facts: Records,
    where: tuple[str, int],
    c: RecordSarSynthesis,
) -> CommandOutcome:
    """The ESA's synthesis of the SARs accepted by now (as `facts` knows them)."""
    esa, year = where
    accepted = await facts.accepted_sars(esa, year)
    synthesis = rec.SarSynthesisRecorded(
        esa=esa,
        province=esa_province(esa),
        academic_year=year,
        schools_accepted=accepted,
        **c.model_dump(mode="json"),
    )
    stream = records.synthesis_stream(esa, year)
    return await runner.run(
        StreamTarget(esa, esa_province(esa), stream),
        meta,
        lambda h: records.record_synthesis(h, synthesis),
        describe=lambda h, new: {"esa": esa, "academic_year": year, "schools_accepted": accepted},
    )
