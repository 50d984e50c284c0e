"""Running a command against one stream: load, decide, wrap in envelopes, append.

The domain supplies `decide(history) -> new events` (pure); this module supplies everything
around it: the idempotency key (a retry returns the first result and writes nothing), the
client's expected version (If-Match, a mismatch is 409), automatic re-decision when another
writer committed first and the client named no version, and the CloudEvents envelopes with
tenant, province, actor, correlation and causation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kit.clock import Clock
from kit.errors import InvalidInput
from kit.events.envelope import CloudEvent
from kit.events.payload import DomainEvent
from kit.events.registry import EventRegistry
from kit.eventstore.protocol import (
    ConcurrencyConflict,
    EventStore,
    IdempotencyRecord,
    IdempotentReplay,
)
from kit.ids import new_id

Decide = Callable[[list[DomainEvent]], Sequence[DomainEvent]]
Describe = Callable[[list[DomainEvent], Sequence[DomainEvent]], dict[str, Any]]

AUTOMATIC_RETRIES = 5


@dataclass(frozen=True)
class StreamTarget:
    tenant: str  # the owning organisation: an ESA code (or a province code for its committees)
    province: str
    stream: str


@dataclass(frozen=True)
class CommandMeta:
    actor_id: str
    actor_role: str
    name: str  # the command's name, part of the idempotency fingerprint
    payload: Any = None  # the request body, part of the idempotency fingerprint
    idempotency_key: str | None = None
    expected_version: int | None = None
    correlation_id: str | None = None


@dataclass(frozen=True)
class CommandOutcome:
    result: dict[str, Any]
    replayed: bool = False


class CommandRunner:
    def __init__(
        self,
        store: EventStore,
        registry: EventRegistry,
        service: str,
        clock: Clock,
        on_commit: Callable[[], None] = lambda: None,
    ) -> None:
        self._store, self._registry, self._clock = store, registry, clock
        self._source = f"/nithet/{service}"
        self._on_commit = on_commit

    def now(self) -> Any:
        return self._clock.now()

    async def history(self, target: StreamTarget) -> tuple[list[DomainEvent], int]:
        stream = await self._store.load(target.tenant, target.stream)
        return [self._registry.payload(e) for e in stream.events], stream.version

    async def run(
        self,
        target: StreamTarget,
        meta: CommandMeta,
        decide: Decide,
        describe: Describe | None = None,
    ) -> CommandOutcome:
        record = _idempotency(target, meta)
        if record:
            first = await self._store.find_idempotency(target.tenant, record.key_hash)
            if first:
                return _replay(first, record)
        for _ in range(AUTOMATIC_RETRIES):
            history, version = await self.history(target)
            if meta.expected_version is not None and meta.expected_version != version:
                raise ConcurrencyConflict(
                    details={"expected_version": meta.expected_version, "version": version}
                )
            new = list(decide(history))
            result = {"stream": target.stream, "version": version + len(new)}
            if describe:
                result |= describe(history, new)
            if not new:
                return CommandOutcome(result)
            envelopes = self._wrap(target, meta, version, new)
            result["event_ids"] = [e.id for e in envelopes]
            stored = (
                IdempotencyRecord(record.key_hash, record.fingerprint, result) if record else None
            )
            try:
                await self._store.append(target.tenant, target.stream, version, envelopes, stored)
            except IdempotentReplay as replay:
                return _replay(replay.record, record)
            except ConcurrencyConflict:
                if meta.expected_version is not None:
                    raise
                continue
            self._on_commit()
            return CommandOutcome(result)
        raise ConcurrencyConflict()

    def _wrap(
        self, target: StreamTarget, meta: CommandMeta, version: int, new: list[DomainEvent]
    ) -> list[CloudEvent]:
        now = self._clock.now()
        command_id = new_id()
        correlation = meta.correlation_id or command_id
        envelopes = []
        for offset, event in enumerate(new, start=1):
            if event.type not in self._registry:
                raise TypeError(f"event type not registered: {event.type}")
            envelopes.append(
                CloudEvent(
                    id=new_id(),
                    source=self._source,
                    type=event.type,
                    time=now,
                    subject=target.stream,
                    data=event.model_dump(mode="json"),
                    tenantid=target.tenant,
                    provinceid=target.province,
                    streamversion=version + offset,
                    schemaversion=event.schema_version,
                    correlationid=correlation,
                    causationid=command_id,
                    actorid=meta.actor_id,
                    actorrole=meta.actor_role,
                )
            )
        return envelopes


def _idempotency(target: StreamTarget, meta: CommandMeta) -> IdempotencyRecord | None:
    if not meta.idempotency_key:
        return None
    key = f"{target.tenant}\0{meta.actor_id}\0{meta.idempotency_key}"
    body = json.dumps([meta.name, meta.payload], sort_keys=True, default=str)
    return IdempotencyRecord(
        key_hash=hashlib.sha256(key.encode()).hexdigest(),
        fingerprint=hashlib.sha256(body.encode()).hexdigest(),
        result={},
    )


def _replay(first: IdempotencyRecord, now: IdempotencyRecord | None) -> CommandOutcome:
    if now and first.fingerprint != now.fingerprint:
        raise InvalidInput(
            "ใช้ Idempotency-Key นี้กับคำขออื่นไปแล้ว กรุณาใช้คีย์ใหม่",
            "This Idempotency-Key was already used for a different request; use a new key.",
            code="idempotency_key_reused",
        )
    return CommandOutcome(first.result, replayed=True)
