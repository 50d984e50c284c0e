"""Wiring reporting: its read models kept live from Kafka, rebuilds on request, and replays of
the event log for views seen from another moment or through another organisation."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from kit.clock import Clock
from kit.errors import Conflict, NotFound
from kit.messaging.publisher import Publisher
from kit.readmodel.hub import ReadModelHub
from kit.readmodel.projection import Projection
from kit.readmodel.rebuild import RebuildProgress, rebuild
from kit.readmodel.service import start_read_models
from kit.readmodel.store import ReadModelStore
from kit.runtime import Runtime, command_runtime, replica_id
from kit.settings import Settings
from services.reporting.adapters import freshness, history
from services.reporting.adapters.live_reads import LiveReads
from services.reporting.application.perspective import Perspective, fold_log
from services.reporting.application.querying import Store, StoreReads
from services.reporting.projections.catalogue import projections

REPLAYS_KEPT = 4  # folded views of past moments kept in memory (they do not change)
SETTLED_S = 60  # a moment this far in the past has all its records in the log


@dataclass
class Reporting:
    runtime: Runtime
    store: ReadModelStore
    read_models: ReadModelHub
    projections: dict[str, Projection]
    reads: LiveReads  # what queries read: the live store, rollups kept between batches
    rebuilds: dict[str, RebuildProgress] = field(default_factory=dict)
    _tasks: dict[str, asyncio.Task[Any]] = field(default_factory=dict)
    _replays: dict[Perspective, Store] = field(default_factory=dict)
    _replaying: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def store_for(self, perspective: Perspective) -> Store:
        """The live store, or the event log folded in memory as `perspective` sees it."""
        if perspective.live:
            return self.reads
        if perspective in self._replays:
            return self._replays[perspective]
        async with self._replaying:  # one replay at a time: each holds a whole history
            folded = await self._replay(perspective)
        if perspective.as_of and perspective.as_of.timestamp() < time.time() - SETTLED_S:
            while len(self._replays) >= REPLAYS_KEPT:
                self._replays.pop(next(iter(self._replays)))
            self._replays[perspective] = folded
        return folded

    async def _replay(self, perspective: Perspective) -> Store:
        catalogue = list(self.projections.values())
        sources = sorted({s for p in catalogue for s in p.sources} | {"directory"})
        log = await asyncio.to_thread(
            history.read_log,
            self.runtime.settings.kafka_bootstrap,
            self.store.topics(sources),
            perspective.until_ms,
            frozenset(self.store.topics(["directory"])),
        )
        return await asyncio.to_thread(fold_log, catalogue, log, perspective)

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
        store, hub = start_read_models(runtime, catalogue, replica_id("reporting"))
        reads = LiveReads(StoreReads(store), hub, [p.name for p in catalogue])
        reporting = Reporting(runtime, store, hub, {p.name: p for p in catalogue}, reads)
        runtime.checks["read_models"] = freshness.readiness(hub)
        runtime.metrics = freshness.metrics(hub, reporting.rebuilds)
        try:
            yield reporting
        finally:
            hub.stop()
