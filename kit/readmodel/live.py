"""Keeping a read model's active generation up to date from Kafka, one writer at a time.

The replica holding the model's lease runs a consumer (group `nithet.readmodel.<model>.g<n>`)
whose handler is the generation's Projector (group name prefixed per deployment). When a rebuild switches the model to a new
generation, or the lease is lost, the consumer stops and the loop starts over with the new
state of affairs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from kit.messaging.consumer import ConsumerRunner
from kit.messaging.publisher import Publisher
from kit.messaging.topics import deadletter_topic, ensure_topics
from kit.readmodel.projection import Projection
from kit.readmodel.projector import Projector
from kit.readmodel.store import ReadModelStore
from kit.relay import LeaseLike
from kit.waiting import wait_set

log = logging.getLogger(__name__)


class LiveReadModel:
    def __init__(
        self,
        projection: Projection,
        store: ReadModelStore,
        bootstrap: str,
        deadletters: Publisher,
        lease: LeaseLike,
        check_every_s: float = 1.0,
        partitions: int = 4,
    ) -> None:
        self._partitions = partitions
        self.projection, self.store, self._bootstrap = projection, store, bootstrap
        self._deadletters, self._lease, self._every = deadletters, lease, check_every_s
        self._stopping = asyncio.Event()
        self.projector: Projector | None = None
        self.runner: ConsumerRunner | None = None

    def stop(self) -> None:
        self._stopping.set()

    def status(self) -> dict[str, Any]:
        status: dict[str, Any] = {"model": self.projection.name, "running": self.runner is not None}
        if self.projector:
            status |= {
                "generation": self.projector.generation,
                **self.projector.freshness.as_dict(),
            }
        if self.runner:
            status["consumer_lag"] = self.runner.status.as_dict()["lag"]
        return status

    async def run(self) -> None:
        while not self._stopping.is_set():
            try:
                if await self._lease.hold():
                    await self._run_generation()
            except Exception as exc:  # the store away: try again shortly
                log.warning("%s: live projection interrupted: %s", self.projection.name, exc)
            await self._pause(self._every if self.runner is None else 0.2)
        await self._lease.release()

    async def _run_generation(self) -> None:
        name = self.projection.name
        generation = await self.store.active_generation(name, max_age_s=0)
        await self.store.prepare(name, generation, self.projection.indexes)
        group = self.store.group(name, generation)
        topics = self.store.topics(self.projection.sources)
        await asyncio.to_thread(
            ensure_topics,
            self._bootstrap,
            [deadletter_topic(group), *topics],
            self._partitions,
        )
        self.projector = Projector(self.projection, self.store, generation)
        self.runner = ConsumerRunner(
            bootstrap=self._bootstrap,
            group=group,
            topics=topics,
            handle=self.projector.handle,
            deadletters=self._deadletters,
            assign_all=True,
        )
        task = asyncio.create_task(self.runner.run())
        try:
            while not task.done() and not self._stopping.is_set():
                await self._pause(self._every)
                if not await self._lease.hold():
                    break
                if await self.store.active_generation(name, max_age_s=0) != generation:
                    break
        finally:
            self.runner.stop()
            with contextlib.suppress(Exception):
                await task
            self.runner = None

    async def _pause(self, seconds: float) -> None:
        await wait_set(self._stopping, seconds)
