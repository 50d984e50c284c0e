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

from collections.abc import Iterable, Sequence
from typing import Any

from pymongo import ASCENDING, AsyncMongoClient, ReplaceOne
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import (
    BulkWriteError,
    ConnectionFailure,
    DuplicateKeyError,
    ExecutionTimeout,
    PyMongoError,
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
    "ping",
]

Document = dict[str, Any]

# Errors that pass when the store comes back: retry, never dead-letter.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (ConnectionFailure, ExecutionTimeout)


def connect(url: str, app_name: str) -> AsyncMongoClient[Document]:
    """A client that fails fast when the store is away (readiness, tests) but waits for writes."""
    return AsyncMongoClient(
        url,
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


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
