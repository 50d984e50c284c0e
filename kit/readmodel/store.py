"""Where read models live: one collection per (read model, generation), and a registry.

The registry document `<model>` in `readmodels` names the active generation that queries
read. A rebuild fills generation n+1 beside it and then switches the registry to n+1 in one
write, so readers move from a complete old view to a complete new one, never a partial one.
Only the reporting service's projector (a lease holder) writes these collections.
"""

from __future__ import annotations

import time
from typing import Any

from kit.mongo import (
    AsyncCollection,
    AsyncDatabase,
    DuplicateKeyError,
    ReplaceOne,
    chunks,
    ensure_index,
)
from kit.readmodel.docs import HIDDEN_FIELDS

REGISTRY = "readmodels"
POSITIONS = "readmodel_positions"
HIDDEN = dict.fromkeys(HIDDEN_FIELDS, 0)  # the engine's bookkeeping stays out of query answers
Offsets = dict[tuple[str, int], int]


def collection_name(model: str, generation: int) -> str:
    return f"rm_{model}_g{generation}"


class ReadModelStore:
    def __init__(
        self,
        db: AsyncDatabase[dict[str, Any]],
        group_prefix: str = "nithet",
        topic_prefix: str = "nithet",
    ) -> None:
        self.db = db
        self.group_prefix, self.topic_prefix = group_prefix, topic_prefix
        self._registry = db[REGISTRY]
        self._positions = db[POSITIONS]
        self._active_cache: dict[str, tuple[float, int]] = {}

    def topics(self, sources: list[str]) -> list[str]:
        return [f"{self.topic_prefix}.{s}.events" for s in sources]

    async def registration(self, model: str) -> dict[str, Any]:
        doc = await self._registry.find_one({"_id": model})
        if doc is None:
            doc = {"_id": model, "active": 1, "switched_at": None}
            try:
                await self._registry.insert_one(doc)
            except DuplicateKeyError:  # registered by a concurrent caller
                doc = await self._registry.find_one({"_id": model}) or doc
        return doc

    async def active_generation(self, model: str, max_age_s: float = 0.5) -> int:
        cached = self._active_cache.get(model)
        if cached and time.monotonic() - cached[0] < max_age_s:
            return cached[1]
        generation = int((await self.registration(model))["active"])
        self._active_cache[model] = (time.monotonic(), generation)
        return generation

    async def active_generations(self, models: list[str]) -> dict[str, int]:
        """The active generation of each registered model of `models`, in one read."""
        found = await self._registry.find({"_id": {"$in": models}}, {"active": 1}).to_list(None)
        now = time.monotonic()
        generations = {str(doc["_id"]): int(doc["active"]) for doc in found}
        self._active_cache |= {model: (now, g) for model, g in generations.items()}
        return generations

    async def switch(self, model: str, generation: int, **info: Any) -> None:
        await self._registry.update_one(
            {"_id": model}, {"$set": {"active": generation, "switched_at": time.time(), **info}}
        )
        self._active_cache.pop(model, None)

    def group(self, model: str, generation: int) -> str:
        """A generation's name towards Kafka (its dead-letter topic is `<group>.deadletter`)."""
        return f"{self.group_prefix}.readmodel.{model}.g{generation}"

    async def positions(self, model: str, generation: int) -> Offsets:
        """Where a generation's reading of the log goes on from (per topic and partition)."""
        doc = await self._positions.find_one({"_id": f"{model}|g{generation}"})
        entries = (doc or {}).get("offsets", [])
        return {(e["topic"], int(e["partition"])): int(e["offset"]) for e in entries}

    async def save_positions(self, model: str, generation: int, offsets: Offsets) -> None:
        """Saved lazily: documents keep their own positions, so reading again from an earlier
        one changes nothing (kit.readmodel.docs)."""
        entries = [
            {"topic": t, "partition": p, "offset": o} for (t, p), o in sorted(offsets.items())
        ]
        key = f"{model}|g{generation}"
        await self._positions.replace_one({"_id": key}, {"offsets": entries}, upsert=True)

    def collection(self, model: str, generation: int) -> AsyncCollection[dict[str, Any]]:
        return self.db[collection_name(model, generation)]

    async def prepare(self, model: str, generation: int, indexes: list[list[str]]) -> None:
        coll = self.collection(model, generation)
        for fields in indexes:
            await ensure_index(coll, fields)

    async def drop(self, model: str, generation: int) -> None:
        await self.collection(model, generation).drop()
        await self._positions.delete_one({"_id": f"{model}|g{generation}"})

    async def load(self, model: str, generation: int, keys: list[str]) -> dict[str, dict[str, Any]]:
        coll = self.collection(model, generation)
        found: dict[str, dict[str, Any]] = {}
        for part in chunks(keys, 500):
            async for doc in coll.find({"_id": {"$in": list(part)}}):
                found[doc["_id"]] = doc
        return found

    async def save(self, model: str, generation: int, docs: list[dict[str, Any]]) -> None:
        coll = self.collection(model, generation)
        for part in chunks(docs, 1000):
            ops = [ReplaceOne({"_id": d["_id"]}, d, upsert=True) for d in part]
            await coll.bulk_write(ops, ordered=False)

    async def insert_fresh(
        self, model: str, generation: int, docs: list[dict[str, Any]], batch: int = 5000
    ) -> None:
        """Fill a generation nobody else writes (a rebuild's): plain unordered bulk inserts."""
        coll = self.collection(model, generation)
        for part in chunks(docs, batch):
            await coll.insert_many(list(part), ordered=False)

    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]:
        """Documents of the active generation matching an equality filter."""
        generation = await self.active_generation(model)
        return await self.collection(model, generation).find(flt, HIDDEN).to_list(None)

    async def get(self, model: str, key: str) -> dict[str, Any] | None:
        generation = await self.active_generation(model)
        return await self.collection(model, generation).find_one({"_id": key}, HIDDEN)


class View:
    """One read model's active generation, for a service's queries."""

    def __init__(self, store: ReadModelStore, model: str) -> None:
        self._store, self.model = store, model

    async def find(self, flt: dict[str, Any]) -> list[dict[str, Any]]:
        return await self._store.find(self.model, flt)

    async def get(self, key: str) -> dict[str, Any] | None:
        return await self._store.get(self.model, key)
