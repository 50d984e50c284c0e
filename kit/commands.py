"""Running a command against one stream: decide on what is known, wrap in envelopes, append.

The domain supplies `decide(history) -> new events` (pure); this module supplies everything
around it: the idempotency key (a retry returns the first result and writes nothing), the
client's expected version (If-Match, a mismatch is 409), automatic re-decision when another
writer committed first and the client named no version, and the CloudEvents envelopes with
tenant, province, actor, correlation and causation.

No reads for known state (docs/ARCHITECTURE.md, "Commands without reads"):
- A stream this process has seen is decided on from its `StreamCache` entry; a stream it has
  not seen is first decided on as empty. Neither is read first. The append is the check: its
  commit `_id` names the version decided on, so a stale entry (another replica wrote) or a
  stream that was not empty is refused by the store's unique index, and the runner then reads
  the stream and decides again. A refusal or a "nothing to do" decided on unread state is
  also decided again on the stream as read, so no answer rests on a stale copy.
- The idempotency record is found by its unique index when the append is refused, not looked
  up before every command; a refusal or a no-op of a command with a key also looks for it, so
  a retry of a command that succeeded gets the first answer, whatever the stream became.
- `history(target)` (a stream a command reads but does not write: a campaign, a template) is
  served from the cache when the store confirms, in one gathered probe, that the stream has no
  commit past the cached version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kit.clock import Clock
from kit.errors import InvalidInput, NithetError
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
from kit.streamcache import EMPTY, Known, StreamCache

Decide = Callable[[list[DomainEvent]], Sequence[DomainEvent]]
Describe = Callable[[list[DomainEvent], Sequence[DomainEvent]], dict[str, Any]]

AUTOMATIC_RETRIES = 5


@dataclass(frozen=True)
class StreamTarget:
    tenant: str  # the owning organisation: an ESA code (or a province code for its committees)
    province: str
    stream: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.tenant, self.stream)


@dataclass(frozen=True)
class CommandMeta:
    actor_id: str
    actor_role: str
    name: str  # the command's name, part of the idempotency fingerprint
    payload: Any = None  # the request body, part of the idempotency fingerprint
    idempotency_key: str | None = None
    expected_version: int | None = None
    correlation_id: str | None = None


STORE_KEYS = ("stream", "version", "event_ids")  # in `result`, not in a command's answer


@dataclass(frozen=True)
class CommandOutcome:
    result: dict[str, Any]
    replayed: bool = False

    @property
    def version(self) -> int:
        """The stream's version after the command (the answer's ETag)."""
        return int(self.result.get("version", 0))

    @property
    def answer(self) -> dict[str, Any]:
        """What the command tells its caller: the resource or its identity, no store details."""
        return {k: v for k, v in self.result.items() if k not in STORE_KEYS}


@dataclass
class _State:
    known: Known
    read: bool  # read from the store for this command (not a cached or assumed copy)


class CommandRunner:
    def __init__(
        self,
        store: EventStore,
        registry: EventRegistry,
        service: str,
        clock: Clock,
        on_commit: Callable[[], None] = lambda: None,
        cache: StreamCache | None = None,
    ) -> None:
        self._store, self._registry, self._clock = store, registry, clock
        self._source = f"/nithet/{service}"
        self._on_commit = on_commit
        self.cache = cache if cache is not None else StreamCache()
        self._owners: dict[str, str] = {}  # a stream's tenant never changes

    def now(self) -> Any:
        return self._clock.now()

    async def history(self, target: StreamTarget) -> tuple[list[DomainEvent], int]:
        """A stream the command reads: cached when the store confirms nothing was added."""
        known = self.cache.get(target.key)
        if known is None or await self._store.moved_past(
            target.tenant, target.stream, known.version
        ):
            known = await self._read(target)
        return list(known.history), known.version

    async def locate(self, stream: str) -> str | None:
        """The tenant a stream belongs to, when only its (unique) id is known; remembered."""
        tenant = self._owners.get(stream)
        if tenant is None:
            tenant = await self._store.tenant_of(stream)
            if tenant is not None:
                self._owners[stream] = tenant
        return tenant

    async def _read(self, target: StreamTarget) -> Known:
        stream = await self._store.load(target.tenant, target.stream)
        known = Known(tuple(self._registry.payload(e) for e in stream.events), stream.version)
        self.cache.forget(target.key)
        self.cache.put(target.key, known)
        return known

    def _start(self, target: StreamTarget, meta: CommandMeta) -> _State | None:
        known = self.cache.get(target.key)
        if known is not None:
            return _State(known, read=False)
        if meta.expected_version in (None, 0):
            return _State(EMPTY, read=False)  # not seen here: decided on as new
        return None

    async def run(
        self,
        target: StreamTarget,
        meta: CommandMeta,
        decide: Decide,
        describe: Describe | None = None,
    ) -> CommandOutcome:
        record = _idempotency(target, meta)
        state = self._start(target, meta) or _State(await self._read(target), read=True)
        conflicts = 0
        while True:
            outcome = await self._attempt(target, meta, decide, describe, record, state)
            if isinstance(outcome, CommandOutcome):
                return outcome
            if outcome == "conflict":
                conflicts += 1
                if conflicts > AUTOMATIC_RETRIES:
                    raise ConcurrencyConflict()
            state = _State(await self._read(target), read=True)

    async def _attempt(
        self,
        target: StreamTarget,
        meta: CommandMeta,
        decide: Decide,
        describe: Describe | None,
        record: IdempotencyRecord | None,
        state: _State,
    ) -> CommandOutcome | str:
        """One decision on `state`: the outcome, or "read"/"conflict" to decide again."""
        known = state.known
        history = list(known.history)
        try:
            if meta.expected_version is not None and meta.expected_version != known.version:
                raise ConcurrencyConflict(
                    details={"expected_version": meta.expected_version, "version": known.version}
                )
            new = list(decide(history))
        except NithetError:
            if not state.read:
                return "read"
            if replay := await self._replay_of(target, record):
                return replay
            raise
        result = {"stream": target.stream, "version": known.version + len(new)}
        if describe:
            result |= describe(history, new)
        if not new:
            if not state.read:
                return "read"
            return await self._replay_of(target, record) or CommandOutcome(result)
        return await self._append(target, meta, record, known, new, result)

    async def _append(
        self,
        target: StreamTarget,
        meta: CommandMeta,
        record: IdempotencyRecord | None,
        known: Known,
        new: list[DomainEvent],
        result: dict[str, Any],
    ) -> CommandOutcome | str:
        envelopes = self._wrap(target, meta, known.version, new)
        result["event_ids"] = [e.id for e in envelopes]
        stored = IdempotencyRecord(record.key_hash, record.fingerprint, result) if record else None
        try:
            await self._store.append(target.tenant, target.stream, known.version, envelopes, stored)
        except IdempotentReplay as replay:
            return _replay(replay.record, record)
        except ConcurrencyConflict:
            self.cache.forget(target.key)
            return "conflict"
        self.cache.put(target.key, known.then(new))
        self._on_commit()
        return CommandOutcome(result)

    async def _replay_of(
        self, target: StreamTarget, record: IdempotencyRecord | None
    ) -> CommandOutcome | None:
        """The first answer to this key, when a command with it was already stored."""
        if record is None:
            return None
        first = await self._store.find_idempotency(target.tenant, record.key_hash)
        return _replay(first, record) if first else None

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
