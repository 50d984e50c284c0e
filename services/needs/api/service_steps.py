"""The supervisor's answers to a media service request (form 4): accept, schedule, fulfil,
decline. Each is a step of the request's life; the domain refuses steps out of order."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Response

from kit.auth.principal import Principal, Role, esa_province
from kit.commands import CommandOutcome
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, ExpectedVersion, IdempotencyKey
from services.needs.api import media_schemas as schemas
from services.needs.api.deps import SUPERVISORS, Esa, Id, NeedsDep
from services.needs.application import service as handlers
from services.needs.bootstrap import Needs

router = APIRouter(prefix="/v1", tags=["media service"])
REQUEST = "/esas/{esa}/service-requests/{request_id}"


async def _supervise(
    esa: str,
    request_id: str,
    name: str,
    body: Any,
    n: Needs,
    principal: Principal,
    response: Response,
    key: str | None,
    expected: int | None,
    run: Callable[..., Awaitable[CommandOutcome]],
    *args: Any,
) -> dict[str, Any]:
    principal.require_esa(esa, SUPERVISORS)
    payload = {"esa": esa, "request": request_id, **body.model_dump(mode="json")}
    meta = command_meta(principal, Role.SUPERVISOR, name, payload, key, expected)
    outcome = await run(n.commands, meta, esa, esa_province(esa), request_id, *args)
    return command_answer(outcome, response)


@router.post(REQUEST + "/accept")
async def accept(
    esa: Esa,
    request_id: Id,
    body: schemas.NoteRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Accept the request (supervisors)."""
    return await _supervise(
        esa,
        request_id,
        "accept_request",
        body,
        n,
        principal,
        response,
        key,
        expected,
        handlers.accept,
        body.note,
    )


@router.post(REQUEST + "/schedule")
async def schedule(
    esa: Esa,
    request_id: Id,
    body: schemas.ScheduleRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Set (or move) the day the service is given (supervisors)."""
    return await _supervise(
        esa,
        request_id,
        "schedule_service",
        body,
        n,
        principal,
        response,
        key,
        expected,
        handlers.schedule,
        body.scheduled_on,
        body.note,
    )


@router.post(REQUEST + "/fulfil")
async def fulfil(
    esa: Esa,
    request_id: Id,
    body: schemas.FulfilRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Record that the service was given (supervisors)."""
    return await _supervise(
        esa,
        request_id,
        "fulfil_request",
        body,
        n,
        principal,
        response,
        key,
        expected,
        handlers.fulfil,
        body.fulfilled_on,
        body.note,
    )


@router.post(REQUEST + "/decline")
async def decline(
    esa: Esa,
    request_id: Id,
    body: schemas.ReasonRequest,
    n: NeedsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Decline the request with the reason (supervisors)."""
    return await _supervise(
        esa,
        request_id,
        "decline_request",
        body,
        n,
        principal,
        response,
        key,
        expected,
        handlers.decline,
        body.reason,
    )
