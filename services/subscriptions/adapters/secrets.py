"""Signing secrets on the MongoDB API, one insert-only document per secret (`secrets`).

Events name secrets by id only, so secrets never reach Kafka. A secret is written once and
never changed; deleting an endpoint deletes its secrets. The stored value is sealed with the
deployment's key (adapters/sealing.py); documents written before sealing (`secret` in the
clear) are still read.
"""

from __future__ import annotations

from typing import Any

from kit.mongo import AsyncDatabase, ensure_index
from services.subscriptions.adapters.sealing import Sealer


class MongoSecretStore:
    def __init__(self, db: AsyncDatabase[dict[str, Any]], sealer: Sealer) -> None:
        self._secrets, self._sealer = db["secrets"], sealer
        self._cache: dict[str, str] = {}

    async def ensure_indexes(self) -> None:
        await ensure_index(self._secrets, ["endpoint"])

    async def put(self, secret_id: str, endpoint_id: str, secret: str) -> None:
        sealed = self._sealer.seal(secret, _bound_to(secret_id, endpoint_id))
        await self._secrets.insert_one(
            {"_id": secret_id, "endpoint": endpoint_id, "sealed": sealed}
        )
        self._cache[secret_id] = secret  # a secret never changes: kept by id

    async def get(self, secret_ids: list[str]) -> dict[str, str]:
        missing = [s for s in secret_ids if s not in self._cache]
        if missing:
            async for doc in self._secrets.find({"_id": {"$in": missing}}):
                self._cache[doc["_id"]] = self._opened(doc)
        return {s: self._cache[s] for s in secret_ids if s in self._cache}

    async def forget(self, endpoint_id: str) -> None:
        await self._secrets.delete_many({"endpoint": endpoint_id})
        self._cache.clear()

    def _opened(self, doc: dict[str, Any]) -> str:
        if "sealed" not in doc:
            return str(doc["secret"])  # written before secrets were sealed
        return self._sealer.open(doc["sealed"], _bound_to(doc["_id"], doc["endpoint"]))


def _bound_to(secret_id: str, endpoint_id: str) -> str:
    return f"{endpoint_id}/{secret_id}"
