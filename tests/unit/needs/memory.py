"""In-memory stand-ins for the read side: documents by model, found by equality filters."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

from kit.events import CloudEvent
from kit.readmodel.projection import Projection
from kit.readmodel.projector import fold


class MemoryViews:
    """The two methods queries use (`find`, `get`), over documents held in memory."""

    def __init__(self) -> None:
        self.models: dict[str, dict[str, dict[str, Any]]] = {}

    def put(self, model: str, docs: Iterable[dict[str, Any]]) -> None:
        self.models.setdefault(model, {}).update({d["_id"]: d for d in docs})

    def fold(self, projection: Projection, events: list[CloudEvent]) -> None:
        self.models[projection.name] = dict(fold(projection, events).docs)

    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]:
        docs = self.models.get(model, {}).values()
        return [d for d in docs if all(d.get(k) == v for k, v in flt.items())]

    async def get(self, model: str, key: str) -> dict[str, Any] | None:
        return self.models.get(model, {}).get(key)


def interleaved(events: list[CloudEvent], seed: int) -> list[CloudEvent]:
    """Another order Kafka may deliver: each stream in order, streams mixed at random."""
    rng = random.Random(seed)
    queues: dict[str, list[CloudEvent]] = {}
    for e in events:
        queues.setdefault(e.subject, []).append(e)
    out = []
    while queues:
        stream = rng.choice(sorted(queues))
        out.append(queues[stream].pop(0))
        if not queues[stream]:
            del queues[stream]
    return out
