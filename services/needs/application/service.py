"""Media service commands (forms 4 and 6): a school asks, the steps of a request's life, and
improvements of the service."""

from __future__ import annotations

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner
from kit.errors import InvalidInput
from kit.ids import new_id
from kit.thai import academic_year
from services.needs.application.streams import (
    histories_of,
    of_esa,
    school_facts,
    school_of,
    stepper,
    today_of,
)
from services.needs.domain import events as ev
from services.needs.domain import improvements
from services.needs.domain import service as model
from services.needs.domain.commands.service import RecordImprovement, RequestService


async def requester(runner: CommandRunner, esa: str, request_id: str) -> ev.TargetSchool:
    return await school_of(runner, esa, model.request_stream(request_id), model.requested_from)


async def request(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    school: ev.TargetSchool,
    command: RequestService,
) -> CommandOutcome:
    request_id = new_id()
    today = today_of(runner)
    requested = ev.ServiceRequested(
        request_id=request_id,
        **school_facts(esa, school, today),
        **command.model_dump(),
        requested_on=today,
        due_on=model.due_on(today, command.needed_by),
    )
    return await runner.run(
        of_esa(esa, model.request_stream(request_id)),
        meta,
        lambda h: model.request_service(h, requested),
        describe=lambda h, n: model.summary([*h, *n]),
    )


# Accept, schedule, fulfil, decline or rate: the step is the domain's (api.service's table).
step = stepper(model.request_stream, model.summary)


async def record_improvement(
    runner: CommandRunner, meta: CommandMeta, esa: str, command: RecordImprovement
) -> CommandOutcome:
    """Form 6; the requests it names must be requests of the ESA (read from their streams)."""
    await require_requests(runner, esa, command.request_ids)
    improvement_id = new_id()
    today = today_of(runner)
    recorded = ev.ServiceImprovementRecorded(
        improvement_id=improvement_id,
        esa=esa,
        province=esa_province(esa),
        academic_year=command.academic_year or academic_year(today),
        finding=command.finding,
        action=command.action,
        request_ids=command.request_ids,
        recorded_on=today,
    )
    return await runner.run(
        of_esa(esa, improvements.improvement_stream(improvement_id)),
        meta,
        lambda h: improvements.record_improvement(h, recorded),
        describe=lambda h, n: {
            "improvement_id": improvement_id,
            "academic_year": recorded.academic_year,
        },
    )


async def require_requests(runner: CommandRunner, esa: str, request_ids: list[str]) -> None:
    streams = [model.request_stream(r) for r in request_ids]
    found = await histories_of(runner, esa, streams)
    unknown = [r for r, history in zip(request_ids, found, strict=True) if not history]
    if unknown:
        raise InvalidInput(
            "ไม่พบคำขอรับบริการบางรายการในเขตพื้นที่",
            "Some of the requests named are not requests of this ESA.",
            code="unknown_requests",
            details={"field": "request_ids", "request_ids": unknown},
        )
