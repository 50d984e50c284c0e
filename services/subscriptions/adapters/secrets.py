"""Signing secrets on the MongoDB API, one insert-only document per secret (`secrets`).

Events name secrets by id only, so secrets never reach Kafka. A secret is written once and
never changed; deleting an endpoint deletes its secrets.
"""

from __future__ import annotations

from typing import Any

from kit.mongo import AsyncDatabase, ensure_index


class MongoSecretStore:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._secrets = db["secrets"]
        self._cache: dict[str, str] = {}

    async def ensure_indexes(self) -> None:
        await ensure_index(self._secrets, ["endpoint"])

    async def put(self, secret_id: str, endpoint_id: str, secret: str) -> None:
        await self._secrets.insert_one(
            {"_id": secret_id, "endpoint": endpoint_id, "secret": secret}
        )

    async def get(self, secret_ids: list[str]) -> dict[str, str]:
        missing = [s for s in secret_ids if s not in self._cache]
        if missing:
            async for doc in self._secrets.find({"_id": {"$in": missing}}):
                self._cache[doc["_id"]] = doc["secret"]
        return {s: self._cache[s] for s in secret_ids if s in self._cache}

    async def forget(self, endpoint_id: str) -> None:
        await self._secrets.delete_many({"endpoint": endpoint_id})
        self._cache.clear()
