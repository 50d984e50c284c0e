"""Answers of the read models' administration: status, freshness and rebuild progress."""

from __future__ import annotations

from services.reporting.api.answers import Answer


class ReadModelStatus(Answer):
    """A read model as this replica keeps it (`running` false: not kept here now)."""

    model: str
    running: bool
    generation: int | None = None
    events_applied: int | None = None
    last_event_time: float | None = None  # epoch seconds of the newest applied event's time
    last_applied_at: float | None = None
    lag_seconds: float | None = None
    consumer_lag: int | None = None
    deadlettered: int | None = None


class RebuildProgress(Answer):
    model: str
    generation: int
    phase: str  # starting, reading, writing, switched, or "failed: ..."
    events_done: int
    events_total: int
    events_per_second: float
    seconds_left: float | None
    skipped: int


class ReadModels(Answer):
    read_models: list[ReadModelStatus]
    rebuilds: dict[str, RebuildProgress]
