"""Running read models inside a service: one hub (one Kafka reader) for all, under one lease."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from kit.lease import Lease
from kit.readmodel.hub import ReadModelHub
from kit.readmodel.projection import Projection
from kit.readmodel.store import ReadModelStore
from kit.runtime import Runtime


def start_read_models(
    runtime: Runtime, projections: list[Projection], replica: str
) -> tuple[ReadModelStore, ReadModelHub]:
    """The service's read models, kept by one hub under the lease `readmodels`."""
    settings = runtime.settings
    store = ReadModelStore(runtime.db, settings.database_prefix, settings.topic_prefix)
    hub = ReadModelHub(
        projections,
        store,
        settings.kafka_bootstrap,
        runtime.publisher,
        Lease(runtime.db, "readmodels", replica, ttl_s=10),
        partitions=settings.kafka_partitions,
        replication=settings.kafka_replication_factor,
    )
    if projections:
        runtime.tasks.append(asyncio.create_task(hub.run()))
    return store, hub


def _iso(epoch: float | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()


def model_freshness(status: dict[str, Any]) -> dict[str, Any]:
    """A read model's generation, events applied, newest event time, lag and records behind."""
    applied_at = status.get("last_applied_at")
    return {
        "running": status["running"],
        "generation": status.get("generation"),
        "events_applied": status.get("events_applied", 0),
        "last_event_time": _iso(status.get("last_event_time")),
        "last_applied_at": _iso(applied_at),
        "lag_seconds": status.get("lag_seconds"),
        "seconds_since_applied": None if applied_at is None else round(time.time() - applied_at, 3),
        "consumer_lag_records": status.get("consumer_lag"),
    }


def freshness_check(hub: ReadModelHub) -> Callable[[], Awaitable[dict[str, Any]]]:
    """The `read_models` readiness check: freshness per model (informative: it never fails)."""

    async def check() -> dict[str, Any]:
        return {"read_models": {s["model"]: model_freshness(s) for s in hub.status()}}

    return check
