"""An endpoint as the dispatcher sees it, read from the endpoints view document.

The view decides which endpoints get a worker (it lags its streams a little, and the dispatcher
is woken when it changes); what an attempt depends on at the moment it starts (the endpoint
still active, in the same cursor generation, and its signing secrets) is read from the
endpoint's own stream instead (application/delivery.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kit.events import CloudEvent
from services.subscriptions.application.ports import StartSpec
from services.subscriptions.domain.scope import Scope, scope_of, wants


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def start_of(spec: dict[str, Any]) -> StartSpec:
    positions = {(p["topic"], int(p["partition"])): int(p["offset"]) for p in spec["positions"]}
    return StartSpec(spec["start_from"], _time(spec.get("start_at")), positions)


@dataclass(frozen=True)
class EndpointConfig:
    endpoint_id: str
    url: str
    scope: Scope
    event_types: tuple[str, ...]
    generation: int
    start: StartSpec
    redeliveries: int
    version: int

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> EndpointConfig:
        generation = int(doc.get("generation", 0))
        spec = doc["replay"] if generation else {**doc["start"], "positions": []}
        return cls(
            endpoint_id=doc["endpoint_id"],
            url=doc["url"],
            scope=scope_of(doc["scope_level"], doc["scope_id"]),
            event_types=tuple(doc["event_types"]),
            generation=generation,
            start=start_of(spec),
            redeliveries=int(doc.get("redeliveries", 0)),
            version=int(doc.get("version", 0)),
        )

    def wants(self, event: CloudEvent) -> bool:
        return wants(self.scope, self.event_types, event)
