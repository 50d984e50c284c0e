"""The in-memory event store: a real implementation with the same contract, for fast tests."""

from __future__ import annotations

import asyncio

from kit.clock import Clock, SystemClock
from kit.events.envelope import CloudEvent
from kit.eventstore.protocol import (
    AppendResult,
    Commit,
    ConcurrencyConflict,
    IdempotencyRecord,
    IdempotentReplay,
    StoredStream,
)


class InMemoryEventStore:
    def __init__(self, clock: Clock | None = None) -> None:
        self._clock = clock or SystemClock()
        self._streams: dict[tuple[str, str], list[Commit]] = {}
        self._idempotency: dict[tuple[str, str], IdempotencyRecord] = {}
        self._pending: dict[str, Commit] = {}  # insertion order = commit order
        self._lock = asyncio.Lock()

    async def load(self, tenant: str, stream: str) -> StoredStream:
        commits = self._streams.get((tenant, stream), [])
        return StoredStream(tenant, stream, [e for c in commits for e in c.events])

    async def append(
        self,
        tenant: str,
        stream: str,
        expected_version: int,
        events: list[CloudEvent],
        idempotency: IdempotencyRecord | None = None,
    ) -> AppendResult:
        async with self._lock:
            if idempotency and (tenant, idempotency.key_hash) in self._idempotency:
                raise IdempotentReplay(self._idempotency[(tenant, idempotency.key_hash)])
            commits = self._streams.setdefault((tenant, stream), [])
            version = sum(len(c.events) for c in commits)
            if version != expected_version:
                raise ConcurrencyConflict(details={"expected": expected_version, "actual": version})
            commit = Commit(tenant, stream, version, list(events), self._clock.now(), idempotency)
            commits.append(commit)
            self._pending[commit.key] = commit
            if idempotency:
                self._idempotency[(tenant, idempotency.key_hash)] = idempotency
        return AppendResult(stream, version + len(events), [e.id for e in events])

    async def find_idempotency(self, tenant: str, key_hash: str) -> IdempotencyRecord | None:
        return self._idempotency.get((tenant, key_hash))

    async def tenant_of(self, stream: str) -> str | None:
        return next(
            (t for (t, s), commits in self._streams.items() if s == stream and commits), None
        )

    async def moved_past(self, tenant: str, stream: str, version: int) -> bool:
        return any(c.base == version for c in self._streams.get((tenant, stream), []))

    async def pending(self, limit: int) -> list[Commit]:
        return list(self._pending.values())[:limit]

    async def mark_published(self, commits: list[Commit]) -> None:
        for commit in commits:
            self._pending.pop(commit.key, None)

    async def ping(self) -> None:
        return None

    def all_events(self) -> list[CloudEvent]:
        """Every stored event (test helper)."""
        return [e for commits in self._streams.values() for c in commits for e in c.events]
