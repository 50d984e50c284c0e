"""Every (cluster, school) pair a school was ever placed in, for the placement policy.

One document per pair (`<cluster>|<school>`), inserted once and never changed, so concurrent
writers never lose one another's pairs; read by the top-level string field `cluster`.
"""

from __future__ import annotations

from typing import Any

from kit.mongo import AsyncDatabase, DuplicateKeyError, ensure_index

COLLECTION = "directory_cluster_members"


class MongoMembers:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._pairs = db[COLLECTION]
        self._indexed = False

    async def join(self, cluster: str, school: str) -> None:
        if not self._indexed:
            await ensure_index(self._pairs, ["cluster"])
            self._indexed = True
        try:
            await self._pairs.insert_one(
                {"_id": f"{cluster}|{school}", "cluster": cluster, "school": school}
            )
        except DuplicateKeyError:
            pass  # placed there before

    async def of(self, cluster: str) -> list[str]:
        return sorted([d["school"] async for d in self._pairs.find({"cluster": cluster})])
