"""Wiring reporting: its read models kept live from Kafka, and rebuilds on request."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from kit.clock import Clock
from kit.errors import Conflict, NotFound
from kit.messaging.publisher import Publisher
from kit.readmodel.live import LiveReadModel
from kit.readmodel.projection import Projection
from kit.readmodel.rebuild import RebuildProgress, rebuild
from kit.readmodel.service import freshness_check, start_live_models, stop_live_models
from kit.readmodel.store import ReadModelStore
from kit.runtime import Runtime, command_runtime, replica_id
from kit.settings import Settings
from services.reporting.projections.catalogue import projections


@dataclass
class Reporting:
    runtime: Runtime
    store: ReadModelStore
    lives: list[LiveReadModel]
    projections: dict[str, Projection]
    rebuilds: dict[str, RebuildProgress] = field(default_factory=dict)
    _tasks: dict[str, asyncio.Task[Any]] = field(default_factory=dict)

    def start_rebuild(self, model: str) -> RebuildProgress:
        projection = self.projections.get(model)
        if projection is None:
            raise NotFound("ไม่พบรายงานนี้", f"No read model named {model!r}.")
        task = self._tasks.get(model)
        if task and not task.done():
            raise Conflict(
                "กำลังสร้างรายงานนี้ใหม่อยู่",
                "A rebuild of this read model is running.",
                code="rebuild_running",
            )
        progress = RebuildProgress(model, 0, 0, phase="starting")
        self.rebuilds[model] = progress

        def report(p: RebuildProgress) -> None:
            self.rebuilds[model] = p

        async def run() -> None:
            try:
                await rebuild(projection, self.store, self.runtime.settings.kafka_bootstrap, report)
            except Exception as exc:
                self.rebuilds[model].phase = f"failed: {type(exc).__name__}: {exc}"
                raise

        self._tasks[model] = asyncio.create_task(run())
        return progress


@contextlib.asynccontextmanager
async def start(
    settings: Settings, *, publisher: Publisher | None = None, clock: Clock | None = None
) -> AsyncIterator[Reporting]:
    async with command_runtime("reporting", settings, publisher=publisher, clock=clock) as runtime:
        catalogue = projections()
        store, lives = start_live_models(
            runtime.db,
            catalogue,
            settings.kafka_bootstrap,
            runtime.publisher,
            replica_id("reporting"),
            runtime.tasks,
            settings.database_prefix,
            settings.kafka_partitions,
            settings.topic_prefix,
        )
        runtime.checks["read_models"] = freshness_check(lives)
        runtime_metrics(runtime, lives)
        try:
            yield Reporting(runtime, store, lives, {p.name: p for p in catalogue})
        finally:
            stop_live_models(lives)


def runtime_metrics(runtime: Runtime, lives: list[LiveReadModel]) -> None:
    def read() -> list[tuple[dict[str, str], float]]:
        rows = []
        for live in lives:
            s = live.status()
            if s.get("lag_seconds") is not None:
                rows.append(({"model": s["model"]}, float(s["lag_seconds"])))
        return rows

    runtime.metrics = {"nithet_read_model_lag_seconds": read}
