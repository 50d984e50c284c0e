"""The endpoints read model as the dispatcher and the API read it."""

from __future__ import annotations

from typing import Any

from kit.readmodel.store import ReadModelStore
from services.subscriptions.adapters.views import ENDPOINTS, ORGANISATION


class EndpointDocs:
    def __init__(self, store: ReadModelStore) -> None:
        self._store = store

    async def active(self) -> list[dict[str, Any]]:
        return await self._store.find(ENDPOINTS, {"kind": "endpoint", "status": "active"})

    async def redelivery(self, endpoint_id: str, request: int) -> dict[str, Any] | None:
        return await self._store.get(ENDPOINTS, f"redelivery:{endpoint_id}:{request}")

    async def endpoint(self, endpoint_id: str) -> dict[str, Any] | None:
        doc = await self._store.get(ENDPOINTS, f"endpoint:{endpoint_id}")
        return doc if doc and doc.get("status") != "deleted" else None

    async def find(self, flt: dict[str, Any]) -> list[dict[str, Any]]:
        docs = await self._store.find(ENDPOINTS, flt)
        return [d for d in docs if d.get("status") != "deleted"]

    async def organisation_knows(self, level: str, scope_id: str) -> bool:
        if level == "nation":
            return True
        return await self._store.get(ORGANISATION, f"{level}:{scope_id}") is not None
