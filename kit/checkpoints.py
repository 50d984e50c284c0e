"""The relay's checkpoint in the service's own database: per partition, an offset below which
every record of the log belongs to a commit marked published (see kit.relay).

One document, written only by the relay lease holder. Topic names hold dots, which a document
key may not, so the offsets are kept as a list of {topic, partition, offset}.
"""

from __future__ import annotations

from typing import Any

from kit.mongo import AsyncDatabase

Offsets = dict[tuple[str, int], int]


class MongoCheckpoints:
    def __init__(self, db: AsyncDatabase[dict[str, Any]], name: str = "relay") -> None:
        self._docs, self._id = db["checkpoints"], name

    async def load(self) -> Offsets:
        doc = await self._docs.find_one({"_id": self._id})
        entries = (doc or {}).get("offsets", [])
        return {(e["topic"], int(e["partition"])): int(e["offset"]) for e in entries}

    async def save(self, offsets: Offsets) -> None:
        entries = [
            {"topic": topic, "partition": partition, "offset": offset}
            for (topic, partition), offset in sorted(offsets.items())
        ]
        await self._docs.replace_one({"_id": self._id}, {"offsets": entries}, upsert=True)
