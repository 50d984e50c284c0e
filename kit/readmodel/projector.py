"""Applying events to a projection's documents: the live projector and the in-memory fold.

`Projector.handle` is a consumer handler: for a batch it loads the documents the events touch
(from its cache, else the store), applies each event once per document, and writes the changed
documents back before the consumer commits its offsets. It is the only writer of its
generation's collection (the reporting service runs it under a lease), so its cache of
documents stays true.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kit.events.envelope import CloudEvent
from kit.messaging.records import Delivery
from kit.readmodel.docs import Docs
from kit.readmodel.projection import Projection
from kit.readmodel.store import ReadModelStore


@dataclass
class Freshness:
    events: int = 0
    last_event_time: float | None = None  # the newest applied event's own `time`
    last_applied_at: float | None = None
    last_lag_s: float | None = None  # applied_at - event time of the last batch's newest event

    def as_dict(self) -> dict[str, Any]:
        return {
            "events_applied": self.events,
            "last_event_time": self.last_event_time,
            "last_applied_at": self.last_applied_at,
            "lag_seconds": self.last_lag_s,
        }


def fold(projection: Projection, events: Iterable[CloudEvent], docs: Docs | None = None) -> Docs:
    """Apply events to documents in memory (tests, "as of" views, rebuild)."""
    docs = docs or Docs()
    for event in events:
        if not projection.keys(event):
            continue
        docs.applying(event)
        projection.apply(docs, event)
    docs.applying(None)
    return docs


class Projector:
    def __init__(
        self,
        projection: Projection,
        store: ReadModelStore,
        generation: int,
        cache_size: int = 20_000,
    ) -> None:
        self.projection, self.store, self.generation = projection, store, generation
        self._cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._cache_size = cache_size
        self.freshness = Freshness()

    async def handle(self, deliveries: list[Delivery]) -> None:
        events = [d.event() for d in deliveries]
        await self.apply(events)

    async def apply(self, events: list[CloudEvent]) -> None:
        keyed = [(e, self.projection.keys(e)) for e in events]
        wanted = {k for _, keys in keyed for k in keys}
        if not wanted:
            self._note(events)
            return
        docs = Docs(await self._load(wanted))
        for event, keys in keyed:
            if keys:
                docs.applying(event)
                self.projection.apply(docs, event)
        docs.applying(None)
        changed = [docs.docs[k] for k in docs.changed]
        if changed:
            try:
                await self.store.save(self.projection.name, self.generation, changed)
            except Exception:
                self.forget()  # cached documents hold changes the store does not have
                raise
        for doc in changed:
            self._remember(doc)
        self._note(events)

    def forget(self) -> None:
        """Drop the cache (after losing and regaining the right to write)."""
        self._cache.clear()

    async def _load(self, keys: set[str]) -> dict[str, dict[str, Any]]:
        found = {k: self._cache[k] for k in keys if k in self._cache}
        missing = [k for k in keys if k not in found]
        if missing:
            loaded = await self.store.load(self.projection.name, self.generation, missing)
            found |= loaded
        return found

    def _remember(self, doc: dict[str, Any]) -> None:
        self._cache[doc["_id"]] = doc
        self._cache.move_to_end(doc["_id"])
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _note(self, events: list[CloudEvent]) -> None:
        if not events:
            return
        now = time.time()
        newest = max(e.time.timestamp() for e in events)
        self.freshness.events += len(events)
        self.freshness.last_event_time = newest
        self.freshness.last_applied_at = now
        self.freshness.last_lag_s = round(now - newest, 4)
