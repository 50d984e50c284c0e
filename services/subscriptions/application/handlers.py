"""subscriptions commands: register, pause, resume, rotate the secret, delete, replay, redeliver.

A new signing secret is stored (insert-only, under a fresh id) before the command that names
it is appended, so an accepted command never names a secret that is missing; a command that
fails after that leaves an unused secret behind, which nothing reads. Each command describes
its answer: the endpoint's identity and what the caller needs next (its status, the new
secret's id, the cursor generation, the redelivery), never the stream's version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.subscriptions.application.ports import SecretStore
from services.subscriptions.domain import events as ev
from services.subscriptions.domain import model
from services.subscriptions.domain.commands import RegisterEndpoint, ReplayEndpoint, StartFrom
from services.subscriptions.domain.scope import Scope

Decide = Callable[[list[DomainEvent]], list[DomainEvent]]
SYSTEM = CommandMeta(actor_id="system:webhook-dispatcher", actor_role="system", name="disable")


def target(scope: Scope, endpoint_id: str) -> StreamTarget:
    return StreamTarget(scope.id, scope.province, model.endpoint_stream(endpoint_id))


async def register(
    runner: CommandRunner,
    secrets: SecretStore,
    meta: CommandMeta,
    scope: Scope,
    command: RegisterEndpoint,
    secret: str,
) -> CommandOutcome:
    endpoint_id, secret_id = new_id(), new_id()
    await secrets.put(secret_id, endpoint_id, secret)
    now = command.start is StartFrom.NOW
    registered = ev.EndpointRegistered(
        endpoint_id=endpoint_id,
        scope_level=scope.level.value,
        scope_id=scope.id,
        province=scope.province,
        url=command.url,
        description=command.description,
        event_types=command.event_types,
        secret_id=secret_id,
        start_from="time" if now else "beginning",
        start_at=runner.now() if now else None,
    )
    return await runner.run(
        target(scope, endpoint_id),
        meta,
        lambda h: model.register(h, registered),
        describe=lambda h, new: {"endpoint_id": endpoint_id, "secret_id": secret_id},
    )


async def change(
    runner: CommandRunner, meta: CommandMeta, scope: Scope, endpoint_id: str, decide: Decide
) -> CommandOutcome:
    """Pause, resume or delete (any decide function that needs nothing but the history)."""

    def describe(h: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        after = model.endpoint_from([*h, *new])
        return {"endpoint_id": endpoint_id, "status": after.status if after else model.DELETED}

    return await runner.run(target(scope, endpoint_id), meta, decide, describe=describe)


async def rotate_secret(
    runner: CommandRunner,
    secrets: SecretStore,
    meta: CommandMeta,
    scope: Scope,
    endpoint_id: str,
    secret: str,
    keep_previous: timedelta,
) -> CommandOutcome:
    secret_id = new_id()
    await secrets.put(secret_id, endpoint_id, secret)
    now = runner.now()

    def describe(h: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        ends = (now + keep_previous).isoformat()
        return {"endpoint_id": endpoint_id, "secret_id": secret_id, "previous_valid_until": ends}

    return await runner.run(
        target(scope, endpoint_id),
        meta,
        lambda h: model.rotate_secret(h, secret_id, now, keep_previous),
        describe=describe,
    )


async def request_replay(
    runner: CommandRunner,
    meta: CommandMeta,
    scope: Scope,
    endpoint_id: str,
    command: ReplayEndpoint,
) -> CommandOutcome:
    positions = [ev.Position(**p.model_dump()) for p in command.positions]

    def describe(h: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        generation = new[0].generation if new else None  # type: ignore[attr-defined]
        return {"endpoint_id": endpoint_id, "generation": generation}

    return await runner.run(
        target(scope, endpoint_id),
        meta,
        lambda h: model.request_replay(h, command.start.value, command.at, positions),
        describe=describe,
    )


async def request_redelivery(
    runner: CommandRunner,
    meta: CommandMeta,
    scope: Scope,
    endpoint_id: str,
    delivery: dict[str, Any],
) -> CommandOutcome:
    def describe(h: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        request = new[0].request if new else 0  # type: ignore[attr-defined]
        delivery_id = f"x{request}-{delivery['event_id']}"
        return {"endpoint_id": endpoint_id, "request": request, "delivery_id": delivery_id}

    return await runner.run(
        target(scope, endpoint_id),
        meta,
        lambda h: model.request_redelivery(h, delivery),
        describe=describe,
    )


async def disable(
    runner: CommandRunner, scope: Scope, endpoint_id: str, status_code: int, event_id: str
) -> CommandOutcome:
    """The dispatcher's own command after a 410 Gone."""
    return await runner.run(
        target(scope, endpoint_id),
        SYSTEM,
        lambda h: model.disable(h, status_code, event_id),
    )
