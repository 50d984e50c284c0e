"""What an event store promises, whatever holds the data.

- A stream belongs to one tenant; its version is the number of events in it (0 = empty).
- `append` stores a command's events as one commit, atomically, only if the stream is still
  at `expected_version`; otherwise it raises ConcurrencyConflict. Two writers that loaded the
  same version always collide, because a commit is keyed by (tenant, stream, version before).
- A commit may carry an idempotency record (a hash of who sent which key, a fingerprint of the
  request and the result returned). Appending a second commit with the same key raises
  IdempotentReplay carrying the first record, and writes nothing.
- `moved_past` tells a holder of a stream's first `version` events, cheaply, whether the
  stream has grown since (a cached copy is stale).
- Every commit starts *pending*: the relay reads pending commits (`pending`) and marks them
  published after Kafka acknowledged them. This is the outbox: no second write is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from kit.errors import Conflict
from kit.events.envelope import CloudEvent


class ConcurrencyConflict(Conflict):
    code = "version_conflict"


@dataclass(frozen=True)
class IdempotencyRecord:
    key_hash: str
    fingerprint: str
    result: dict[str, Any]


class IdempotentReplay(Exception):
    def __init__(self, record: IdempotencyRecord) -> None:
        super().__init__("idempotency key already used")
        self.record = record


@dataclass(frozen=True)
class StoredStream:
    tenant: str
    stream: str
    events: list[CloudEvent]

    @property
    def version(self) -> int:
        return len(self.events)


@dataclass(frozen=True)
class Commit:
    tenant: str
    stream: str
    base: int  # stream version before this commit
    events: list[CloudEvent]
    committed_at: datetime
    idempotency: IdempotencyRecord | None = None

    @property
    def key(self) -> str:
        return commit_key(self.tenant, self.stream, self.base)


@dataclass(frozen=True)
class AppendResult:
    stream: str
    version: int
    event_ids: list[str] = field(default_factory=list)


def commit_key(tenant: str, stream: str, base: int) -> str:
    return f"{tenant}|{stream}|{base:010d}"


class EventStore(Protocol):
    async def load(self, tenant: str, stream: str) -> StoredStream: ...

    async def append(
        self,
        tenant: str,
        stream: str,
        expected_version: int,
        events: list[CloudEvent],
        idempotency: IdempotencyRecord | None = None,
    ) -> AppendResult: ...

    async def find_idempotency(self, tenant: str, key_hash: str) -> IdempotencyRecord | None: ...

    async def tenant_of(self, stream: str) -> str | None:
        """The tenant a stream belongs to (stream ids are unique across tenants), or None."""
        ...

    async def moved_past(self, tenant: str, stream: str, version: int) -> bool:
        """True when the stream holds a commit appended at `version` (it is longer than that)."""
        ...

    async def pending(self, limit: int) -> list[Commit]:
        """Unpublished commits, oldest first, each stream's commits in version order."""
        ...

    async def mark_published(self, commits: list[Commit]) -> None: ...

    async def ping(self) -> None: ...
