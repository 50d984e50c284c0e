"""Endpoint documents: the endpoints read model (lists, the dispatcher) and one endpoint's own.

The read model serves what may lag a moment: the lists and the dispatcher's look at the active
endpoints (woken when the model changes). One endpoint asked for by its id is folded from its
own stream with the same projection, so that it is the document the view will hold, and
already shows every command answered before.
"""

from __future__ import annotations

from typing import Any

from kit.eventstore.protocol import EventStore
from kit.readmodel.projector import fold
from kit.readmodel.store import ReadModelStore
from services.subscriptions.adapters.views import ENDPOINTS, ORGANISATION, EndpointsView
from services.subscriptions.domain.model import endpoint_stream


class EndpointDocs:
    def __init__(self, store: ReadModelStore, events: EventStore) -> None:
        self._store, self._events = store, events

    async def active(self) -> list[dict[str, Any]]:
        return await self._store.find(ENDPOINTS, {"kind": "endpoint", "status": "active"})

    async def find(self, flt: dict[str, Any]) -> list[dict[str, Any]]:
        docs = await self._store.find(ENDPOINTS, flt)
        return [d for d in docs if d.get("status") != "deleted"]

    async def endpoint(self, tenant: str, endpoint_id: str) -> dict[str, Any] | None:
        """The endpoint's document folded from its stream (None when it holds nothing)."""
        stream = await self._events.load(tenant, endpoint_stream(endpoint_id))
        docs = fold(EndpointsView(), stream.events)
        return docs.docs.get(f"endpoint:{endpoint_id}")

    async def organisation_knows(self, level: str, scope_id: str) -> bool:
        if level == "nation":
            return True
        return await self._store.get(ORGANISATION, f"{level}:{scope_id}") is not None
