"""Claims of new cluster and school codes: one document per code, inserted once.

An insert guarded by the unique `_id` is the one write FerretDB decides atomically between
concurrent clients, so the first ESA to claim a code holds it (services.directory.application
.changes).
"""

from __future__ import annotations

from typing import Any

from kit.mongo import AsyncDatabase, DuplicateKeyError

COLLECTION = "directory_codes"


class MongoClaims:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._codes = db[COLLECTION]

    async def claim(self, code: str, tenant: str) -> str:
        try:
            await self._codes.insert_one({"_id": code, "tenant": tenant})
        except DuplicateKeyError:
            held = await self._codes.find_one({"_id": code})
            return str(held["tenant"]) if held else tenant
        return tenant
