"""School-year commands: the 4Q quality agreement, evaluation and honours; the SAR."""

from __future__ import annotations

from datetime import date
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.domain import quality, sar
from services.supervision.domain.events import schools as ev
from services.supervision.domain.events.parts import Evidence


def _target(school: dict[str, str], stream: str) -> StreamTarget:
    return StreamTarget(school["esa"], school["province"], stream)


async def sign_agreement(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, str],
    year: int,
    targets: dict[str, float],
    signed_on: date,
    school_director: str,
    esa_director: str,
) -> CommandOutcome:
    signed = ev.QualityAgreementSigned(
        **school,
        academic_year=year,
        targets=targets,
        signed_on=signed_on,
        school_director=school_director,
        esa_director=esa_director,
    )
    stream = quality.quality_stream(school["school"], year)
    return await runner.run(
        _target(school, stream), meta, lambda h: quality.sign_agreement(h, signed)
    )


async def evaluate(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, str],
    year: int,
    indicators: dict[str, dict[str, float]],
    evaluated_on: date,
) -> CommandOutcome:
    where = school | {"academic_year": year}
    stream = quality.quality_stream(school["school"], year)
    return await runner.run(
        _target(school, stream),
        meta,
        lambda h: quality.evaluate(h, where, indicators, evaluated_on),
        describe=lambda h, new: (
            new[0].model_dump(
                mode="json", include={"dimension_scores", "overall", "targets_met", "evaluation"}
            )
            if new
            else {}
        ),
    )


async def award_honour(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, str],
    year: int,
    title_th: str,
    awarded_on: date,
) -> CommandOutcome:
    award = ev.QualityHonourAwarded(
        **school, academic_year=year, honour_id=new_id(), title_th=title_th, awarded_on=awarded_on
    )
    stream = quality.quality_stream(school["school"], year)
    return await runner.run(_target(school, stream), meta, lambda h: quality.award_honour(h, award))


async def submit_sar(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, str],
    year: int,
    document: dict[str, Any],
) -> CommandOutcome:
    where = school | {"academic_year": year}
    now = runner.now()

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return sar.submit(history, where, Evidence(**document), now)

    return await runner.run(
        _target(school, sar.sar_stream(school["school"], year)),
        meta,
        decide,
        describe=lambda h, new: {
            "status": "received",
            "revision": new[0].revision if new else None,  # type: ignore[attr-defined]
        },
    )


async def review_sar(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, str],
    year: int,
    accept: bool,
    reasons: list[str],
) -> CommandOutcome:
    return await runner.run(
        _target(school, sar.sar_stream(school["school"], year)),
        meta,
        lambda h: sar.decide(h, accept, reasons),
        describe=lambda h, new: {"status": "accepted" if accept else "returned"},
    )
