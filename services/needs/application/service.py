"""Media service commands (forms 4 and 6): request, answer, rate, record improvements."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from kit.thai import academic_year, semester
from services.needs.domain import events as ev
from services.needs.domain import service as model
from services.needs.domain.days import local_day
from services.needs.domain.vocabulary import ServiceKind, Subject


async def requester(runner: CommandRunner, esa: str, province: str, request_id: str) -> str:
    """The school that asked (not found outside the ESA)."""
    history, _ = await runner.history(StreamTarget(esa, province, model.request_stream(request_id)))
    return model.requested_from(history).school


async def request(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    school: ev.TargetSchool,
    esa: str,
    province: str,
    kind: ServiceKind,
    subject: Subject,
    details: str,
    items: list[ev.RequestedItem],
    needed_by: date | None,
) -> CommandOutcome:
    request_id = new_id()
    today = local_day(runner.now())
    requested = ev.ServiceRequested(
        request_id=request_id,
        school=school.school,
        cluster=school.cluster,
        esa=esa,
        province=province,
        academic_year=academic_year(today),
        semester=semester(today),
        kind=kind,
        subject=subject,
        details=details,
        items=items,
        needed_by=needed_by,
        requested_on=today,
        due_on=model.due_on(today, needed_by),
    )
    return await runner.run(
        StreamTarget(esa, province, model.request_stream(request_id)),
        meta,
        lambda h: model.request_service(h, requested),
        describe=lambda h, n: {"request_id": request_id, "due_on": str(requested.due_on)},
    )


Step = Callable[[list[DomainEvent], date], list[DomainEvent]]


async def _move(
    runner: CommandRunner, meta: CommandMeta, esa: str, province: str, request_id: str, step: Step
) -> CommandOutcome:
    """Move a request on: `step(history, today)` is one of the domain's transitions."""
    today = local_day(runner.now())
    return await runner.run(
        StreamTarget(esa, province, model.request_stream(request_id)),
        meta,
        lambda h: step(h, today),
        describe=lambda h, n: {"status": model.status([*h, *n])},
    )


async def accept(
    runner: CommandRunner, meta: CommandMeta, esa: str, province: str, request_id: str, note: str
) -> CommandOutcome:
    return await _move(
        runner, meta, esa, province, request_id, lambda h, d: model.accept(h, note, d)
    )


async def schedule(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    province: str,
    request_id: str,
    on: date,
    note: str,
) -> CommandOutcome:
    def step(h: list[DomainEvent], today: date) -> list[DomainEvent]:
        return model.schedule(h, on, note, today)

    return await _move(runner, meta, esa, province, request_id, step)


async def fulfil(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    province: str,
    request_id: str,
    on: date | None,
    note: str,
) -> CommandOutcome:
    def step(h: list[DomainEvent], today: date) -> list[DomainEvent]:
        return model.fulfil(h, on or today, note, today)

    return await _move(runner, meta, esa, province, request_id, step)


async def decline(
    runner: CommandRunner, meta: CommandMeta, esa: str, province: str, request_id: str, reason: str
) -> CommandOutcome:
    return await _move(
        runner, meta, esa, province, request_id, lambda h, d: model.decline(h, reason, d)
    )


async def rate(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    province: str,
    request_id: str,
    rating: int,
    comment: str,
) -> CommandOutcome:
    def step(h: list[DomainEvent], today: date) -> list[DomainEvent]:
        return model.rate(h, rating, comment, today)

    return await _move(runner, meta, esa, province, request_id, step)


async def record_improvement(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    esa: str,
    province: str,
    year: int | None,
    finding: str,
    action: str,
    request_ids: list[str],
) -> CommandOutcome:
    improvement_id = new_id()
    today = local_day(runner.now())
    recorded = ev.ServiceImprovementRecorded(
        improvement_id=improvement_id,
        esa=esa,
        province=province,
        academic_year=year or academic_year(today),
        finding=finding,
        action=action,
        request_ids=request_ids,
        recorded_on=today,
    )
    return await runner.run(
        StreamTarget(esa, province, model.improvement_stream(improvement_id)),
        meta,
        lambda h: model.record_improvement(h, recorded),
        describe=lambda h, n: {"improvement_id": improvement_id},
    )
