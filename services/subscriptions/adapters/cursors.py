"""Cursors on the MongoDB API: where each endpoint's lanes have got to (`cursors`).

`<endpoint>|g<generation>|<topic>|<partition>`: the next offset to read. Inserted once per
generation (the start is decided once, whoever races), then moved on by the endpoint's lease
holder only. Filters are equalities on top-level strings (FerretDB's indexed path).
"""

from __future__ import annotations

from typing import Any

from kit.mongo import AsyncDatabase, DuplicateKeyError, ensure_index
from services.subscriptions.application.ports import TopicPartition


def _cursor_key(endpoint_id: str, generation: int, tp: TopicPartition) -> str:
    return f"{endpoint_id}|g{generation}|{tp[0]}|{tp[1]}"


class MongoCursors:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._cursors = db["cursors"]

    async def ensure_indexes(self) -> None:
        await ensure_index(self._cursors, ["endpoint"])

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
