"""How fresh each read model is: on `/readyz` and as Prometheus gauges on `/metrics`.

Per read model: the active generation, events applied since this replica started feeding it,
the `time` of the newest event applied, the lag (applied at - event time) of the last batch,
the seconds since anything was applied, and how many records the consumer is behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kit.readmodel.hub import ReadModelHub
from kit.readmodel.rebuild import RebuildProgress
from kit.readmodel.service import freshness_check

Gauge = Callable[[], list[tuple[dict[str, str], float]]]


def readiness(hub: ReadModelHub) -> Callable[[], Any]:
    return freshness_check(hub)


def _gauge(hub: ReadModelHub, field: str) -> Gauge:
    def read() -> list[tuple[dict[str, str], float]]:
        rows = []
        for status in hub.status():
            value = status.get(field)
            if isinstance(value, bool):
                value = int(value)
            if value is not None:
                rows.append(({"model": status["model"]}, float(value)))
        return rows

    return read


def _rebuild_gauge(rebuilds: dict[str, RebuildProgress], field: str) -> Gauge:
    def read() -> list[tuple[dict[str, str], float]]:
        return [({"model": model}, float(p.as_dict()[field] or 0)) for model, p in rebuilds.items()]

    return read


def metrics(hub: ReadModelHub, rebuilds: dict[str, RebuildProgress]) -> dict[str, Gauge]:
    return {
        "nithet_read_model_lag_seconds": _gauge(hub, "lag_seconds"),
        "nithet_read_model_last_event_timestamp_seconds": _gauge(hub, "last_event_time"),
        "nithet_read_model_last_applied_timestamp_seconds": _gauge(hub, "last_applied_at"),
        "nithet_read_model_events_applied_total": _gauge(hub, "events_applied"),
        "nithet_read_model_consumer_lag_records": _gauge(hub, "consumer_lag"),
        "nithet_read_model_generation": _gauge(hub, "generation"),
        "nithet_read_model_running": _gauge(hub, "running"),
        "nithet_read_model_rebuild_events_done": _rebuild_gauge(rebuilds, "events_done"),
        "nithet_read_model_rebuild_events_total": _rebuild_gauge(rebuilds, "events_total"),
        "nithet_read_model_rebuild_events_per_second": _rebuild_gauge(
            rebuilds, "events_per_second"
        ),
    }
