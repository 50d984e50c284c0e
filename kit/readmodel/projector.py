"""Applying events to a projection's documents: the live projector and the in-memory fold.

`Projector.apply` takes a batch of events with their log positions: it loads the documents the
events touch (from its cache, else the store), applies each event once per document, and
writes the changed documents back in one bulk write before the reader's position moves on. It
is the only writer of its generation's collection (it runs under the read models' lease), so
its caches of documents and of stream versions stay true.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kit.events.envelope import CloudEvent
from kit.messaging.records import Delivery, Position
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


Item = tuple[CloudEvent, Position | None]


def fold(projection: Projection, events: Iterable[CloudEvent], docs: Docs | None = None) -> Docs:
    """Apply events to documents in memory (tests, "as of" views)."""
    return fold_items(projection, ((e, None) for e in events), docs)


def fold_items(projection: Projection, items: Iterable[Item], docs: Docs | None = None) -> Docs:
    """Apply events, with the log position each was read at when known (a rebuild's)."""
    docs = docs or Docs()
    for event, position in items:
        if projection.keys(event) and docs.applying(event, position):
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
        versions_size: int = 200_000,
    ) -> None:
        self.projection, self.store, self.generation = projection, store, generation
        self._cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._cache_size = cache_size
        self._versions: OrderedDict[str, int] = OrderedDict()  # last version applied per stream
        self._versions_size = versions_size
        self.freshness = Freshness()

    async def handle(self, deliveries: list[Delivery]) -> None:
        await self.apply([(d.event(), d.position) for d in deliveries])

    async def apply(self, items: list[Item]) -> None:
        keyed = [(e, p, self.projection.keys(e)) for e, p in items]
        wanted = {k for _, _, keys in keyed for k in keys}
        if wanted:
            try:
                await self._apply(keyed, wanted)
            except Exception:
                self.forget()  # cached documents may hold changes the store does not have
                raise
        self._note([e for e, _ in items])

    async def _apply(
        self, keyed: list[tuple[CloudEvent, Position | None, list[str]]], wanted: set[str]
    ) -> None:
        docs = Docs(await self._load(wanted), self._versions)
        for event, position, keys in keyed:
            if keys and docs.applying(event, position):
                self.projection.apply(docs, event)
        docs.applying(None)
        changed = [docs.docs[k] for k in docs.changed]
        if changed:
            await self.store.save(self.projection.name, self.generation, changed)
        for doc in changed:
            self._remember(doc)
        self._learn(docs.versions)

    def forget(self) -> None:
        """Drop the caches (after losing and regaining the right to write)."""
        self._cache.clear()
        self._versions.clear()

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

    def _learn(self, versions: dict[str, int]) -> None:
        for stream, version in versions.items():
            self._versions[stream] = version
            self._versions.move_to_end(stream)
        while len(self._versions) > self._versions_size:
            self._versions.popitem(last=False)

    def _note(self, events: list[CloudEvent]) -> None:
        if not events:
            return
        now = time.time()
        newest = max(e.time.timestamp() for e in events)
        self.freshness.events += len(events)
        self.freshness.last_event_time = newest
        self.freshness.last_applied_at = now
        self.freshness.last_lag_s = round(now - newest, 4)
