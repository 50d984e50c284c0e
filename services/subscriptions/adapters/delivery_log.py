"""The delivery log on the MongoDB API: the claims of attempts, and the deliveries.

    attempts    `<endpoint>|<delivery id>|<nnn>`: the claim of attempt n, inserted before its
                request is sent. Insert-only: one dispatcher only can claim an attempt.
    deliveries  `<endpoint>|<delivery id>`: one event to one endpoint in one run (a cursor
                generation or a redelivery): status (pending, delivered, failed, superseded),
                attempts, next attempt, last answer and the log of every attempt's answer.
                Inserted with its first outcome (a redelivery: when it is asked for), then
                written whole after each later answer by the endpoint's lease holder only.

A delivery answered at the first attempt costs two inserts (its claim, then its outcome) and no
update: on FerretDB an update is several times dearer than an insert. The writes of all lanes
and endpoints of a process are gathered (kit.batching): one unordered insert_many of claims,
one of outcomes and one bulk replace per round trip, each carrying whatever arrived while the
previous one was in flight. Filters are equalities on top-level strings (FerretDB's indexed
path); numbers are kept as well for reading.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from kit.batching import Gatherer
from kit.mongo import (
    AsyncDatabase,
    BulkWriteError,
    DuplicateKeyError,
    ReplaceOne,
    ensure_index,
    insert_unordered,
)
from services.subscriptions.application.delivery import resumed
from services.subscriptions.application.ports import PENDING, Delivery, Opened

SUPERSEDED = "superseded"  # a replay started the cursor over before it ended
_DELIVERY_FIELDS = {f.name for f in fields(Delivery)}
_STORED_FIELDS = [f.name for f in fields(Delivery) if f.name not in ("endpoint_id", "logged")]
Doc = dict[str, Any]


class RecordRefused(Exception):
    """The store refused a delivery's outcome (not a lost connection: that raises as such)."""


def delivery_key(endpoint_id: str, delivery_id: str) -> str:
    return f"{endpoint_id}|{delivery_id}"


def _key(delivery: Delivery) -> str:
    return delivery_key(delivery.endpoint_id, delivery.delivery_id)


class MongoDeliveryLog:
    def __init__(self, db: AsyncDatabase[Doc]) -> None:
        self._deliveries, self._attempts = db["deliveries"], db["attempts"]
        self._claims: Gatherer[Doc, None] = Gatherer(self._insert_claims)
        self._outcomes: Gatherer[Doc, None] = Gatherer(self._insert_deliveries)
        self._records: Gatherer[Doc, None] = Gatherer(self._replace_deliveries)

    def gatherers(self) -> dict[str, Gatherer[Any, Any]]:
        """The log's gathered round trips by purpose (metrics, tests)."""
        return {"claim": self._claims, "outcome": self._outcomes, "record": self._records}

    async def ensure_indexes(self) -> None:
        await ensure_index(self._deliveries, ["endpoint", "status"])
        await ensure_index(self._deliveries, ["endpoint", "trigger", "status"])
        await ensure_index(self._deliveries, ["endpoint", "event_id"])
        await ensure_index(self._attempts, ["delivery"])

    async def close(self) -> None:
        for gatherer in self.gatherers().values():
            await gatherer.close()

    # -- the dispatcher's writes -----------------------------------------------------------

    async def open(self, delivery: Delivery, now: datetime) -> Opened:
        fresh = replace(delivery, claimed=1, created_at=now)
        if await self.claim_attempt(fresh, 1, now):
            return Opened(fresh, claimed_first=True)
        key = _key(delivery)
        stored = await self._deliveries.find_one({"_id": key})
        found = replace(fresh, claimed=0) if stored is None else _delivery(stored)
        if found.status != PENDING:
            return Opened(found, claimed_first=False)
        claims = await self._attempts.find({"delivery": key}).to_list(None)
        if any(c.get("outcome") == "delivered" for c in claims):  # logged before outcomes were
            return Opened(await self.record(replace(found, status="delivered")), False)
        claimed = max([found.claimed, *(int(c["number"]) for c in claims)])
        return Opened(resumed(found, claimed, now), claimed_first=False)

    async def request(self, delivery: Delivery, now: datetime) -> None:
        with contextlib.suppress(DuplicateKeyError):
            await self._outcomes.submit(_doc(replace(delivery, created_at=now)))

    async def claim_attempt(self, delivery: Delivery, number: int, at: datetime) -> bool:
        key = _key(delivery)
        claim = {
            "_id": f"{key}|{number:03d}",
            "delivery": key,
            "endpoint": delivery.endpoint_id,
            "number": number,
            "started_at": at,
        }
        try:
            await self._claims.submit(claim)
        except DuplicateKeyError:
            return False
        return True

    async def record(self, delivery: Delivery) -> Delivery:
        if not delivery.logged:
            try:
                await self._outcomes.submit(_doc(delivery))
                return replace(delivery, logged=True)
            except DuplicateKeyError:  # logged meanwhile (a redelivery asked for): written whole
                pass
        await self._records.submit(_doc(delivery))
        return replace(delivery, logged=True)

    async def pending_redeliveries(self, endpoint_id: str) -> list[Delivery]:
        flt = {"endpoint": endpoint_id, "trigger": "redelivery", "status": PENDING}
        return [_delivery(d) async for d in self._deliveries.find(flt)]

    async def supersede(self, endpoint_id: str, generation: int) -> None:
        current = f"g{generation}-"
        async for doc in self._deliveries.find({"endpoint": endpoint_id, "status": PENDING}):
            run = str(doc["delivery_id"])
            if run.startswith("g") and not run.startswith(current):
                await self._deliveries.update_one(
                    {"_id": doc["_id"]}, {"$set": {"status": SUPERSEDED, "next_attempt_at": None}}
                )

    async def _insert_deliveries(self, docs: list[Doc]) -> Sequence[BaseException | None]:
        return await insert_unordered(self._deliveries, docs)

    async def _insert_claims(self, docs: list[Doc]) -> Sequence[BaseException | None]:
        return await insert_unordered(self._attempts, docs)

    async def _replace_deliveries(self, docs: list[Doc]) -> Sequence[BaseException | None]:
        outcomes: list[RecordRefused | None] = [None] * len(docs)
        try:
            await self._deliveries.bulk_write(
                [ReplaceOne({"_id": d["_id"]}, d) for d in docs], ordered=False
            )
        except BulkWriteError as exc:
            for error in exc.details.get("writeErrors", []):
                outcomes[int(error["index"])] = RecordRefused(str(error.get("errmsg", "")))
        return outcomes

    # -- queries for the API ---------------------------------------------------------------

    async def find(
        self,
        endpoint_id: str,
        flt: dict[str, str],
        limit: int,
        before: tuple[datetime, str] | None = None,
    ) -> list[Doc]:
        """Newest first, without attempt logs; `before` (created at, delivery id) continues
        after a page's last delivery."""
        query: dict[str, Any] = {"endpoint": endpoint_id, **flt}
        if before is not None:
            at, key = before[0], delivery_key(endpoint_id, before[1])
            query["$or"] = [{"created_at": {"$lt": at}}, {"created_at": at, "_id": {"$lt": key}}]
        cursor = self._deliveries.find(query, {"attempt_log": 0})
        return await cursor.sort([("created_at", -1), ("_id", -1)]).limit(limit).to_list(None)

    async def get(self, endpoint_id: str, delivery_id: str) -> Doc | None:
        return await self._deliveries.find_one({"_id": delivery_key(endpoint_id, delivery_id)})

    async def attempts(self, delivery: Doc) -> list[Doc]:
        """Every answered attempt of a delivery (also those logged apart, before the log was
        kept in the delivery), in order."""
        logged = list(delivery.get("attempt_log") or [])
        numbers = {int(a["number"]) for a in logged}
        async for a in self._attempts.find({"delivery": delivery["_id"]}):
            if "finished_at" in a and int(a["number"]) not in numbers:
                logged.append(a)
        return sorted(logged, key=lambda a: int(a["number"]))


def _doc(delivery: Delivery) -> Doc:
    """The stored document: the delivery's fields as they are (no deep copy: it is encoded
    at once, and the delivery is never changed in place after it is handed over)."""
    doc: Doc = {"_id": _key(delivery), "endpoint": delivery.endpoint_id}
    for name in _STORED_FIELDS:
        doc[name] = getattr(delivery, name)
    return doc


def _delivery(doc: Doc) -> Delivery:
    values = {k: v for k, v in doc.items() if k in _DELIVERY_FIELDS}
    return Delivery(endpoint_id=doc["endpoint"], **values, logged=True)
