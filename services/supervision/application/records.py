"""ESA record commands: rubrics, training events, partners (form 7), dissemination (form 8),
the SAR synthesis."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kit.auth.principal import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.application.views import RECORDS, Views
from services.supervision.domain import observations, records
from services.supervision.domain.events import records as ev
from services.supervision.domain.events.parts import Indicator, Participant


def _target(esa: str, stream: str) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), stream)


async def publish_rubric(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    rubric_id: str,
    title: str,
    indicators: list[dict[str, str]],
) -> CommandOutcome:
    parsed = [Indicator(**i) for i in indicators]

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return observations.publish_rubric(
            history, esa, esa_province(esa), rubric_id, title, parsed
        )

    return await runner.run(
        _target(esa, observations.rubric_stream(esa, rubric_id)),
        meta,
        decide,
        describe=lambda h, new: {
            "rubric_id": rubric_id,
            "version": len(observations.versions([*h, *new])),
        },
    )


async def record(
    runner: CommandRunner, meta: CommandMeta, esa: str, kind: str, fields: dict[str, Any]
) -> CommandOutcome:
    """Record a training event, a partner cooperation or a dissemination, once."""
    cls, stream_of, id_field = RECORD_KINDS[kind]
    record_id = new_id()
    event = cls(esa=esa, province=esa_province(esa), **{id_field: record_id}, **fields)
    return await runner.run(
        _target(esa, stream_of(record_id)),
        meta,
        lambda h: records.record_once(h, event),
        describe=lambda h, new: {id_field: record_id},
    )


RECORD_KINDS: dict[str, tuple[Callable[..., DomainEvent], Any, str]] = {
    "training": (ev.TrainingHeld, records.training_stream, "training_id"),
    "partnership": (ev.PartnerCooperationRecorded, records.partnership_stream, "record_id"),
    "dissemination": (ev.DisseminationRecorded, records.dissemination_stream, "record_id"),
}


async def add_participants(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    training_id: str,
    participants: list[dict[str, str]],
) -> CommandOutcome:
    people = [Participant(**p) for p in participants]
    return await runner.run(
        _target(esa, records.training_stream(training_id)),
        meta,
        lambda h: records.add_participants(h, people),
    )


async def record_synthesis(
    runner: CommandRunner,
    meta: CommandMeta,
    views: Views,
    esa: str,
    year: int,
    content: dict[str, Any],
) -> CommandOutcome:
    docs = await views.find(RECORDS, {"kind": "sar", "esa": esa, "year": str(year)})
    accepted = sorted(d["school"] for d in docs if d.get("status") == "accepted")
    synthesis = ev.SarSynthesisRecorded(
        esa=esa,
        province=esa_province(esa),
        academic_year=year,
        schools_accepted=accepted,
        **content,
    )
    return await runner.run(
        _target(esa, records.synthesis_stream(esa, year)),
        meta,
        lambda h: records.record_synthesis(h, synthesis),
        describe=lambda h, new: {"schools_accepted": accepted},
    )
