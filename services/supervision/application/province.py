"""Commands on a province's own records (the province code is their tenant): the provincial
SAR cycle (sandbox manual, item 6) and the supervision committee (item 7.1)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, Describe, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.application.ports import Records, SchoolPlace
from services.supervision.domain import committees, province_sar
from services.supervision.domain.commands.province import (
    AppointSarSynthesisCommittee,
    AppointSupervisionCommittee,
    DecideProvincialSarSynthesis,
    HoldSarBriefing,
    IssueProvincialSarReport,
    IssueSarGuidelines,
    RecordProvincialSarSynthesis,
)
from services.supervision.domain.events import province as ev
from services.supervision.domain.events.parts import ProvinceSchool
from services.supervision.domain.vocabulary import Review

Where = tuple[str, int]  # (province, academic year)


def _year(where: Where) -> dict[str, Any]:
    return {"province": where[0], "academic_year": where[1]}


def _schools(schools: list[SchoolPlace]) -> list[ProvinceSchool]:
    return [ProvinceSchool(school=s.school, esa=s.esa, cluster=s.cluster) for s in schools]


def _step(where: Where) -> Describe:
    """The answer: where the cycle stands after the command."""

    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        cycle = province_sar.cycle_from([*history, *new])
        answer = _year(where) | {"step": cycle.step}
        if cycle.guidelines:
            answer["guidelines_version"] = cycle.guidelines.version
        if cycle.synthesis:
            answer["synthesis_revision"] = cycle.synthesis.revision
        return answer

    return describe


async def _cycle(
    runner: CommandRunner,
    meta: CommandMeta,
    where: Where,
    decide: Callable[[list[DomainEvent]], list[DomainEvent]],
) -> CommandOutcome:
    stream = province_sar.province_sar_stream(*where)
    return await runner.run(StreamTarget(where[0], where[0], stream), meta, decide, _step(where))


async def hold_briefing(
    runner: CommandRunner,
    meta: CommandMeta,
    where: Where,
    c: HoldSarBriefing,
    schools: list[SchoolPlace],
) -> CommandOutcome:
    fields = c.model_dump(mode="json", exclude={"schools"})
    held = ev.SarBriefingHeld(
        **_year(where), briefing_id=new_id(), schools=_schools(schools), **fields
    )
    return await _cycle(runner, meta, where, lambda h: province_sar.hold_briefing(h, held))


async def issue_guidelines(
    runner: CommandRunner, meta: CommandMeta, where: Where, c: IssueSarGuidelines
) -> CommandOutcome:
    issued = ev.SarGuidelinesIssued(**_year(where), version=1, **c.model_dump(mode="json"))
    return await _cycle(runner, meta, where, lambda h: province_sar.issue_guidelines(h, issued))


async def appoint_committee(
    runner: CommandRunner, meta: CommandMeta, where: Where, c: AppointSarSynthesisCommittee
) -> CommandOutcome:
    appointed = ev.SarSynthesisCommitteeAppointed(**_year(where), **c.model_dump(mode="json"))
    return await _cycle(runner, meta, where, lambda h: province_sar.appoint_committee(h, appointed))


async def record_synthesis(
    runner: CommandRunner,
    meta: CommandMeta,
    facts: Records,
    where: Where,
    c: RecordProvincialSarSynthesis,
) -> CommandOutcome:
    """The committee's synthesis over the ESAs' syntheses `facts` knows by now."""
    esas = [
        ev.EsaSynthesis(esa=s.esa, schools_accepted=s.schools_accepted)
        for s in await facts.esa_syntheses(*where)
    ]
    recorded = ev.ProvincialSarSynthesisRecorded(
        **_year(where), revision=1, esas=esas, by=meta.actor_id, **c.model_dump(mode="json")
    )
    return await _cycle(runner, meta, where, lambda h: province_sar.record_synthesis(h, recorded))


async def decide_synthesis(
    runner: CommandRunner, meta: CommandMeta, where: Where, c: DecideProvincialSarSynthesis
) -> CommandOutcome:
    approve = c.decision is Review.ACCEPT

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return province_sar.decide(history, _year(where), approve, list(c.reasons))

    return await _cycle(runner, meta, where, decide)


async def issue_report(
    runner: CommandRunner, meta: CommandMeta, where: Where, c: IssueProvincialSarReport
) -> CommandOutcome:
    issued = ev.ProvincialSarReportIssued(**_year(where), revision=1, **c.model_dump(mode="json"))
    return await _cycle(runner, meta, where, lambda h: province_sar.issue_report(h, issued))


async def appoint_supervision_committee(
    runner: CommandRunner,
    meta: CommandMeta,
    where: Where,
    schools: list[SchoolPlace],
    c: AppointSupervisionCommittee,
) -> CommandOutcome:
    fields = c.model_dump(mode="json", exclude={"schools"})
    appointed = ev.SupervisionCommitteeAppointed(
        **_year(where), schools=_schools(schools), **fields
    )
    stream = committees.supervision_committee_stream(*where)

    def answer(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        return _year(where) | {"order_no": c.order_no, "schools": len(schools)}

    return await runner.run(
        StreamTarget(where[0], where[0], stream),
        meta,
        lambda h: committees.appoint_supervision_committee(h, appointed),
        describe=answer,
    )
