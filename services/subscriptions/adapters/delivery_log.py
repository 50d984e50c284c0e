"""Delivery state on the MongoDB API: cursors, deliveries and attempts.

    cursors     `<endpoint>|g<generation>|<topic>|<partition>`: the next offset to read.
                Inserted once per generation (the start is decided once), then moved on by
                the endpoint's lease holder only.
    deliveries  `<endpoint>|<delivery id>`: one event to one endpoint in one run, with its
                status (pending, delivered, failed), attempts and last answer. Written by the
                endpoint's lease holder only.
    attempts    `<endpoint>|<delivery id>|<nnn>`: inserted before the request is sent (the
                claim), completed with the answer afterwards. Insert-only per attempt number.

Filters are equalities on top-level strings (FerretDB's indexed path); numbers are kept as
well for reading.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from kit.mongo import AsyncDatabase, DuplicateKeyError, ensure_index
from services.subscriptions.application.ports import PENDING, Answer, Delivery, TopicPartition

SENDING = "sending"
SUPERSEDED = "superseded"  # a replay started the cursor over before it ended
_DELIVERY_FIELDS = {f.name for f in fields(Delivery)}


def delivery_key(endpoint_id: str, delivery_id: str) -> str:
    return f"{endpoint_id}|{delivery_id}"


def _cursor_key(endpoint_id: str, generation: int, tp: TopicPartition) -> str:
    return f"{endpoint_id}|g{generation}|{tp[0]}|{tp[1]}"


class MongoDeliveryLog:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._cursors, self._deliveries = db["cursors"], db["deliveries"]
        self._attempts = db["attempts"]

    async def ensure_indexes(self) -> None:
        await ensure_index(self._cursors, ["endpoint"])
        await ensure_index(self._deliveries, ["endpoint", "status"])
        await ensure_index(self._deliveries, ["endpoint", "trigger", "status"])
        await ensure_index(self._deliveries, ["endpoint", "event_id"])
        await ensure_index(self._attempts, ["delivery"])

    # -- cursors ---------------------------------------------------------------------------

    async def cursors(self, endpoint_id: str) -> dict[int, dict[TopicPartition, int]]:
        found: dict[int, dict[TopicPartition, int]] = {}
        async for doc in self._cursors.find({"endpoint": endpoint_id}):
            tp = (doc["topic"], int(doc["partition"]))
            found.setdefault(int(doc["generation"]), {})[tp] = int(doc["offset"])
        return found

    async def start_cursor(
        self, endpoint_id: str, generation: int, tp: TopicPartition, offset: int
    ) -> int:
        key = _cursor_key(endpoint_id, generation, tp)
        doc = {
            "_id": key,
            "endpoint": endpoint_id,
            "generation": str(generation),
            "topic": tp[0],
            "partition": tp[1],
            "offset": offset,
            "start_offset": offset,
        }
        try:
            await self._cursors.insert_one(doc)
            return offset
        except DuplicateKeyError:
            stored = await self._cursors.find_one({"_id": key})
            return int(stored["offset"]) if stored else offset

    async def save_cursor(
        self, endpoint_id: str, generation: int, tp: TopicPartition, offset: int
    ) -> None:
        key = _cursor_key(endpoint_id, generation, tp)
        await self._cursors.update_one({"_id": key}, {"$set": {"offset": offset}})

    # -- deliveries and attempts -----------------------------------------------------------

    async def open(self, delivery: Delivery, now: datetime) -> Delivery:
        key = delivery_key(delivery.endpoint_id, delivery.delivery_id)
        try:
            await self._deliveries.insert_one(_doc(delivery, now))
            return delivery
        except DuplicateKeyError:
            stored = await self._deliveries.find_one({"_id": key})
        if stored is None:
            return delivery
        resumed = _delivery(stored)
        if resumed.status != PENDING:
            return resumed
        attempts = await self._attempts.find({"delivery": key}).to_list(None)
        latest = max(attempts, key=lambda a: int(a["number"]), default=None)
        if latest is None or int(latest["number"]) <= resumed.attempts:
            return resumed
        # The dispatcher stopped between an attempt and the delivery's update.
        resumed.attempts = int(latest["number"])
        if latest["outcome"] == "delivered":
            resumed.status = "delivered"
            await self.update(resumed)
        else:  # cut off mid-attempt, or its wait unknown: again at once
            resumed.next_attempt_at = now
        return resumed

    async def claim_attempt(self, delivery: Delivery, number: int, at: datetime) -> bool:
        key = delivery_key(delivery.endpoint_id, delivery.delivery_id)
        doc = {
            "_id": f"{key}|{number:03d}",
            "delivery": key,
            "endpoint": delivery.endpoint_id,
            "number": number,
            "started_at": at,
            "outcome": SENDING,
        }
        try:
            await self._attempts.insert_one(doc)
        except DuplicateKeyError:
            return False
        return True

    async def record_attempt(
        self, delivery: Delivery, number: int, answer: Answer, outcome: str, at: datetime
    ) -> None:
        key = delivery_key(delivery.endpoint_id, delivery.delivery_id)
        answered = {
            "outcome": outcome,
            "finished_at": at,
            "status_code": answer.status,
            "response": answer.excerpt,
            "error": answer.error,
            "duration_ms": answer.duration_ms,
        }
        await self._attempts.update_one({"_id": f"{key}|{number:03d}"}, {"$set": answered})

    async def update(self, delivery: Delivery) -> None:
        key = delivery_key(delivery.endpoint_id, delivery.delivery_id)
        changed = {k: v for k, v in asdict(delivery).items() if k not in ("endpoint_id",)}
        await self._deliveries.update_one({"_id": key}, {"$set": changed})

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

    # -- queries for the API ---------------------------------------------------------------

    async def find(
        self,
        endpoint_id: str,
        flt: dict[str, str],
        limit: int,
        before: tuple[datetime, str] | None = None,
    ) -> list[dict[str, Any]]:
        """Newest first; `before` (created at, delivery id) continues after a page's last one."""
        query: dict[str, Any] = {"endpoint": endpoint_id, **flt}
        if before is not None:
            at, key = before[0], delivery_key(endpoint_id, before[1])
            query["$or"] = [{"created_at": {"$lt": at}}, {"created_at": at, "_id": {"$lt": key}}]
        cursor = self._deliveries.find(query)
        return await cursor.sort([("created_at", -1), ("_id", -1)]).limit(limit).to_list(None)

    async def get(self, endpoint_id: str, delivery_id: str) -> dict[str, Any] | None:
        return await self._deliveries.find_one({"_id": delivery_key(endpoint_id, delivery_id)})

    async def attempts(self, endpoint_id: str, delivery_id: str) -> list[dict[str, Any]]:
        key = delivery_key(endpoint_id, delivery_id)
        found = await self._attempts.find({"delivery": key}).to_list(None)
        return sorted(found, key=lambda a: int(a["number"]))


def _doc(delivery: Delivery, now: datetime) -> dict[str, Any]:
    values = asdict(delivery)
    return {
        "_id": delivery_key(delivery.endpoint_id, delivery.delivery_id),
        "endpoint": delivery.endpoint_id,
        "created_at": now,
        **{k: v for k, v in values.items() if k != "endpoint_id"},
    }


def _delivery(doc: dict[str, Any]) -> Delivery:
    values = {k: v for k, v in doc.items() if k in _DELIVERY_FIELDS}
    return Delivery(endpoint_id=doc["endpoint"], **values)
