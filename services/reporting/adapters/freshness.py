"""How fresh each read model is: on `/readyz` and as Prometheus gauges on `/metrics`.

Per read model: the active generation, events applied since this replica started feeding it,
the `time` of the newest event applied, the lag (applied at - event time) of the last batch,
the seconds since anything was applied, and how many records the consumer is behind.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from kit.readmodel.live import LiveReadModel
from kit.readmodel.rebuild import RebuildProgress

Gauge = Callable[[], list[tuple[dict[str, str], float]]]


def _iso(epoch: float | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()


def model_freshness(live: LiveReadModel) -> dict[str, Any]:
    status = live.status()
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


def readiness(lives: list[LiveReadModel]) -> Callable[[], Any]:
    """The `read_models` check: freshness per model (informative: it never fails)."""

    async def check() -> dict[str, Any]:
        return {"read_models": {live.projection.name: model_freshness(live) for live in lives}}

    return check


def _gauge(lives: list[LiveReadModel], field: str) -> Gauge:
    def read() -> list[tuple[dict[str, str], float]]:
        rows = []
        for live in lives:
            value = live.status().get(field)
            if isinstance(value, bool):
                value = int(value)
            if value is not None:
                rows.append(({"model": live.projection.name}, float(value)))
        return rows

    return read


def _rebuild_gauge(rebuilds: dict[str, RebuildProgress], field: str) -> Gauge:
    def read() -> list[tuple[dict[str, str], float]]:
        return [({"model": model}, float(p.as_dict()[field] or 0)) for model, p in rebuilds.items()]

    return read


def metrics(lives: list[LiveReadModel], rebuilds: dict[str, RebuildProgress]) -> dict[str, Gauge]:
    return {
        "nithet_read_model_lag_seconds": _gauge(lives, "lag_seconds"),
        "nithet_read_model_last_event_timestamp_seconds": _gauge(lives, "last_event_time"),
        "nithet_read_model_last_applied_timestamp_seconds": _gauge(lives, "last_applied_at"),
        "nithet_read_model_events_applied_total": _gauge(lives, "events_applied"),
        "nithet_read_model_consumer_lag_records": _gauge(lives, "consumer_lag"),
        "nithet_read_model_generation": _gauge(lives, "generation"),
        "nithet_read_model_running": _gauge(lives, "running"),
        "nithet_read_model_rebuild_events_done": _rebuild_gauge(rebuilds, "events_done"),
        "nithet_read_model_rebuild_events_total": _rebuild_gauge(rebuilds, "events_total"),
        "nithet_read_model_rebuild_events_per_second": _rebuild_gauge(
            rebuilds, "events_per_second"
        ),
    }
