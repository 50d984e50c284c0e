"""ESA record commands: rubrics, training events and their participants, partners (form 7) and
the year's partnership summary, dissemination (form 8)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.application.describing import latest
from services.supervision.application.ports import Records
from services.supervision.domain import observations, records
from services.supervision.domain.commands.records import (
    AddParticipants,
    PublishRubric,
    RecordDissemination,
    RecordPartnership,
    RecordTraining,
    ReportPartnershipSummary,
)
from services.supervision.domain.events import records as ev
from services.supervision.domain.events.parts import Indicator, Participant


def esa_target(esa: str, stream: str) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), stream)


async def publish_rubric(
    runner: CommandRunner, meta: CommandMeta, esa: str, rubric_id: str, c: PublishRubric
) -> CommandOutcome:
    indicators = [Indicator(**i.model_dump()) for i in c.indicators]

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return observations.publish_rubric(
            history, esa, esa_province(esa), rubric_id, c.title, indicators
        )

    return await runner.run(
        esa_target(esa, observations.rubric_stream(esa, rubric_id)),
        meta,
        decide,
        describe=lambda h, new: {
            "rubric_id": rubric_id,
            "rubric_version": len(observations.versions([*h, *new])),
        },
    )


SUMMARY = {"esa", "academic_year", "revision", "partnerships", "by_sector", "schools"}
Recordable = RecordTraining | RecordPartnership | RecordDissemination
KINDS: dict[type[Recordable], tuple[type[ev.EsaRecord], Any, str]] = {
    RecordTraining: (ev.TrainingHeld, records.training_stream, "training_id"),
    RecordPartnership: (ev.PartnerCooperationRecorded, records.partnership_stream, "record_id"),
    RecordDissemination: (ev.DisseminationRecorded, records.dissemination_stream, "record_id"),
}


async def record(
    runner: CommandRunner, meta: CommandMeta, esa: str, c: Recordable
) -> CommandOutcome:
    """Record a training event, a partner cooperation or a dissemination, once."""
    kind, stream_of, id_field = KINDS[type(c)]
    record_id = new_id()
    fields = c.model_dump(mode="json")
    event = kind(esa=esa, province=esa_province(esa), **{id_field: record_id}, **fields)
    answer = {id_field: record_id, "academic_year": c.academic_year}
    return await runner.run(
        esa_target(esa, stream_of(record_id)),
        meta,
        lambda h: records.record_once(h, event),
        describe=lambda h, new: answer,
    )


async def add_participants(
    runner: CommandRunner, meta: CommandMeta, esa: str, training_id: str, c: AddParticipants
) -> CommandOutcome:
    people = [Participant(**p.model_dump()) for p in c.participants]

    def describe(history: list[DomainEvent], new: Any) -> dict[str, Any]:
        added = [p for e in [*history, *new] for p in getattr(e, "participants", [])]
        return {"training_id": training_id, "participant_count": len(added)}

    return await runner.run(
        esa_target(esa, records.training_stream(training_id)),
        meta,
        lambda h: records.add_participants(h, people),
        describe=describe,
    )


async def report_partnership_summary(
    runner: CommandRunner,
    meta: CommandMeta,
    facts: Records,
    where: tuple[str, int],
    c: ReportPartnershipSummary,
) -> CommandOutcome:
    """The year's summary of cooperations, over the records `facts` knows by now."""
    esa, year = where
    found = await facts.partnerships(esa, year)
    summary = ev.PartnershipSummaryReported(
        esa=esa,
        province=esa_province(esa),
        academic_year=year,
        revision=1,
        partnerships=[p.record_id for p in found],
        by_sector=dict(Counter(p.sector for p in found)),
        schools=sorted({s for p in found for s in p.schools}),
        **c.model_dump(mode="json"),
    )

    return await runner.run(
        esa_target(esa, records.partnership_summary_stream(esa, year)),
        meta,
        lambda h: records.report_partnership_summary(h, summary),
        describe=latest(ev.PartnershipSummaryReported, SUMMARY),
    )
