"""The event store on the MongoDB API (FerretDB 1.24 embedded, MongoDB 7 in docker-compose).

One document per commit in the `commits` collection:

    _id        "<tenant>|<stream>|<version before, 10 digits>"  (the optimistic-concurrency key)
    tenant, stream, base, size
    events     the commit's CloudEvents as one JSON array string (opaque to the store: event
               data may hold keys or nesting FerretDB would refuse in a document)
    committed_at
    outbox     "pending" until the relay published the commit, then removed
    idem, fingerprint, result   when the command carried an Idempotency-Key

Inserting one document is atomic, so a commit is never half stored. Two writers that loaded
the same version build the same `_id`, so exactly one insert succeeds. The idempotency hash has
a unique (sparse) index, so a replayed key cannot write a second commit.

Group commit: the appends of one process are gathered (kit.batching) into one unordered
`insert_many` while the previous one is in flight, so under load a round trip carries many
commits, and when idle one append is one insert with no delay. Each document of an unordered
insert stands or falls alone: a refused document is reported by index with code 11000 on
MongoDB 7 and on FerretDB 1.24 (which names neither the index nor the key), so which unique
index refused it is found by reading: the idempotency hash when the append carried one (then
it is a replay), else the commit `_id` (a version conflict). Loads of several streams and the
freshness probes of cached streams are gathered the same way.

`expected_version` must be a version the caller loaded (a commit boundary): the application
layer loads the stream before deciding, and compares a client's If-Match against it.
"""

from __future__ import annotations

import json
from typing import Any

from kit.batching import Gatherer
from kit.clock import Clock, SystemClock
from kit.events.envelope import CloudEvent
from kit.eventstore.protocol import (
    AppendResult,
    Commit,
    ConcurrencyConflict,
    IdempotencyRecord,
    IdempotentReplay,
    StoredStream,
    commit_key,
)
from kit.mongo import AsyncDatabase, DuplicateKeyError, ensure_index, insert_unordered, ping

PENDING = "pending"


class MongoEventStore:
    def __init__(
        self, db: AsyncDatabase[dict[str, Any]], clock: Clock | None = None, max_batch: int = 256
    ) -> None:
        self._db = db
        self._commits = db["commits"]
        self._clock = clock or SystemClock()
        self._inserts: Gatherer[dict[str, Any], None] = Gatherer(self._insert_batch, max_batch)
        self._loads: Gatherer[tuple[str, str], StoredStream] = Gatherer(self._load_batch, max_batch)
        self._probes: Gatherer[str, bool] = Gatherer(self._probe_batch, max_batch)

    async def ensure_indexes(self) -> None:
        await ensure_index(self._commits, ["tenant", "stream"])
        await ensure_index(self._commits, ["stream"])
        await ensure_index(self._commits, ["outbox"])
        await ensure_index(self._commits, ["idem"], unique=True, sparse=True)

    def gatherers(self) -> dict[str, Gatherer[Any, Any]]:
        """The store's gathered round trips by purpose (metrics, tests)."""
        return {"insert": self._inserts, "load": self._loads, "probe": self._probes}

    async def close(self) -> None:
        for gatherer in self.gatherers().values():
            await gatherer.close()

    async def load(self, tenant: str, stream: str) -> StoredStream:
        return await self._loads.submit((tenant, stream))

    async def _load_batch(self, wanted: list[tuple[str, str]]) -> list[StoredStream]:
        names = sorted({stream for _, stream in wanted})
        flt: dict[str, Any] = (
            {"stream": names[0]} if len(names) == 1 else {"stream": {"$in": names}}
        )
        docs = await self._commits.find(flt).to_list(None)
        docs.sort(key=lambda d: d["base"])
        found: dict[tuple[str, str], list[CloudEvent]] = {}
        for doc in docs:
            found.setdefault((doc["tenant"], doc["stream"]), []).extend(_events(doc))
        return [StoredStream(t, s, list(found.get((t, s), []))) for t, s in wanted]

    async def tenant_of(self, stream: str) -> str | None:
        doc = await self._commits.find_one({"stream": stream}, {"tenant": 1})
        return None if doc is None else str(doc["tenant"])

    async def moved_past(self, tenant: str, stream: str, version: int) -> bool:
        """True when a commit was appended at `version` (the stream is longer than known)."""
        return await self._probes.submit(commit_key(tenant, stream, version))

    async def _probe_batch(self, keys: list[str]) -> list[bool]:
        unique = sorted(set(keys))
        flt: dict[str, Any] = {"_id": unique[0]} if len(unique) == 1 else {"_id": {"$in": unique}}
        found = {d["_id"] async for d in self._commits.find(flt, {"_id": 1})}
        return [key in found for key in keys]

    async def append(
        self,
        tenant: str,
        stream: str,
        expected_version: int,
        events: list[CloudEvent],
        idempotency: IdempotencyRecord | None = None,
    ) -> AppendResult:
        doc: dict[str, Any] = {
            "_id": commit_key(tenant, stream, expected_version),
            "tenant": tenant,
            "stream": stream,
            "base": expected_version,
            "size": len(events),
            "events": "[" + ",".join(e.model_dump_json() for e in events) + "]",
            "committed_at": self._clock.now(),
            "outbox": PENDING,
        }
        if idempotency:
            doc |= {
                "idem": idempotency.key_hash,
                "fingerprint": idempotency.fingerprint,
                "result": json.dumps(idempotency.result),
            }
        try:
            await self._inserts.submit(doc)
        except DuplicateKeyError as exc:
            if idempotency:
                first = await self.find_idempotency(tenant, idempotency.key_hash)
                if first:
                    raise IdempotentReplay(first) from exc
            raise ConcurrencyConflict(details={"expected": expected_version}) from exc
        return AppendResult(stream, expected_version + len(events), [e.id for e in events])

    async def _insert_batch(self, docs: list[dict[str, Any]]) -> list[Exception | None]:
        return await insert_unordered(self._commits, docs)

    async def find_idempotency(self, tenant: str, key_hash: str) -> IdempotencyRecord | None:
        doc = await self._commits.find_one({"idem": key_hash, "tenant": tenant})
        if doc is None:
            return None
        return IdempotencyRecord(doc["idem"], doc["fingerprint"], json.loads(doc["result"]))

    async def pending(self, limit: int) -> list[Commit]:
        # Natural (insertion) order through the `outbox` index, without a sort, so the read
        # stops after `limit` documents. A stream's later commit is always inserted after its
        # earlier one (the writer loaded it), so each stream's commits come in version order.
        docs = await self._commits.find({"outbox": PENDING}).limit(limit).to_list(None)
        commits = [_commit(doc) for doc in docs]
        first_seen: dict[tuple[str, str], int] = {}
        for index, c in enumerate(commits):
            first_seen.setdefault((c.tenant, c.stream), index)
        return sorted(commits, key=lambda c: (first_seen[(c.tenant, c.stream)], c.base))

    async def mark_published(self, commits: list[Commit]) -> None:
        if not commits:
            return
        # One statement for the batch: on FerretDB 2.4x faster than a bulk of UpdateOne
        # (measured: 0.21 s against 0.50 s for 500 commits), which queries once per statement.
        await self._commits.update_many(
            {"_id": {"$in": [c.key for c in commits]}},
            {"$unset": {"outbox": ""}, "$set": {"published_at": self._clock.now()}},
        )

    async def ping(self) -> None:
        await ping(self._db.client)


def _events(doc: dict[str, Any]) -> list[CloudEvent]:
    return [CloudEvent.model_validate(e) for e in json.loads(doc["events"])]


def _commit(doc: dict[str, Any]) -> Commit:
    return Commit(
        tenant=doc["tenant"],
        stream=doc["stream"],
        base=doc["base"],
        events=_events(doc),
        committed_at=doc["committed_at"],
    )


async def open_mongo_event_store(
    db: AsyncDatabase[dict[str, Any]], clock: Clock
) -> MongoEventStore:
    store = MongoEventStore(db, clock)
    await store.ensure_indexes()
    return store
