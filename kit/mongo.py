"""The one adapter module that imports the MongoDB driver.

Nithet talks to FerretDB 1.24 (embedded default) and MongoDB 7 through PyMongo's own async
API, `pymongo.AsyncMongoClient`: motor, the older async driver, reached end of life in May 2026
and its maintainers point to this API as its successor.

What FerretDB 1.24 (SQLite backend, with Nithet's pushdown patch) does well, and therefore all
Nithet code keeps to: lookups by `_id`; equality (and `$in` of strings) on top-level string
fields, which use indexes; inserts guarded by unique indexes. What it lacks: transactions,
atomic read-modify-write between concurrent writers (an update reads, changes and writes back
without a lock), `$lookup`, `$facet`, most aggregation expressions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from pymongo import ASCENDING, AsyncMongoClient, ReplaceOne, monitoring
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import (
    BulkWriteError,
    ConnectionFailure,
    DuplicateKeyError,
    ExecutionTimeout,
    PyMongoError,
    WriteError,
)

__all__ = [
    "TRANSIENT_ERRORS",
    "AsyncCollection",
    "AsyncDatabase",
    "AsyncMongoClient",
    "BulkWriteError",
    "DuplicateKeyError",
    "PyMongoError",
    "ReplaceOne",
    "connect",
    "ensure_index",
    "insert_unordered",
    "ping",
    "round_trips",
]

Document = dict[str, Any]

# Errors that pass when the store comes back: retry, never dead-letter.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (ConnectionFailure, ExecutionTimeout)


DUPLICATE_KEY = 11000


class RoundTrips(monitoring.CommandListener):
    """Counts the commands this process sent to the store, by command and collection.

    Served as `nithet_store_commands_total` on every service's /metrics, so a benchmark can
    say how many round trips a command, a projection batch or a delivery cost.
    """

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        target = event.command.get(event.command_name)
        collection = target if isinstance(target, str) else ""
        self.counts[(event.command_name, collection)] += 1

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        return None

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        return None


round_trips = RoundTrips()


def connect(url: str, app_name: str) -> AsyncMongoClient[Document]:
    """A client that fails fast when the store is away (readiness, tests) but waits for writes."""
    return AsyncMongoClient(
        url,
        event_listeners=[round_trips],
        appname=app_name,
        tz_aware=True,
        serverSelectionTimeoutMS=5000,
        connectTimeoutMS=3000,
        maxPoolSize=50,
        retryWrites=False,  # FerretDB is a standalone server without retryable writes
    )


async def ping(client: AsyncMongoClient[Document]) -> None:
    await client.admin.command("ping")


async def ensure_index(
    collection: AsyncCollection[Document],
    fields: Sequence[str],
    *,
    unique: bool = False,
    sparse: bool = False,
) -> None:
    keys = [(field, ASCENDING) for field in fields]
    name = "_".join(fields) + ("_unique" if unique else "")
    await collection.create_index(keys, name=name, unique=unique, sparse=sparse)


async def insert_unordered(
    collection: AsyncCollection[Document], docs: list[Document]
) -> list[Exception | None]:
    """Insert `docs` in one unordered `insert_many`; one outcome per document, in order.

    None: inserted. DuplicateKeyError: a unique index refused it (MongoDB 7 and FerretDB 1.24
    both answer code 11000 per document; FerretDB names neither the index nor the key, so
    callers find out which by reading, never from the message). Any other per-document
    error is that document's alone. An error of the whole command (connection lost) raises.
    """
    try:
        await collection.insert_many(docs, ordered=False)
    except BulkWriteError as exc:
        outcomes: list[Exception | None] = [None] * len(docs)
        for error in exc.details.get("writeErrors", []):
            code, message = error.get("code"), str(error.get("errmsg", ""))
            kind = DuplicateKeyError if code == DUPLICATE_KEY else WriteError
            outcomes[int(error["index"])] = kind(message, code, error)
        return outcomes
    return [None] * len(docs)


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
