"""The event store: append-only streams of CloudEvents, also the outbox of the relay."""

from kit.eventstore.protocol import (
    AppendResult,
    Commit,
    ConcurrencyConflict,
    EventStore,
    IdempotencyRecord,
    IdempotentReplay,
    StoredStream,
)

__all__ = [
    "AppendResult",
    "Commit",
    "ConcurrencyConflict",
    "EventStore",
    "IdempotencyRecord",
    "IdempotentReplay",
    "StoredStream",
]
