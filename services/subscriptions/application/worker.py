"""Everything one endpoint's deliveries need, running while this replica holds its lease.

The worker owns a reader of the event topics (its own positions, never shared), one lane per
partition, and the redeliveries asked for by hand. It finds new topics and partitions as they
appear. A partition's first position in a cursor generation is decided once (an insert-only
cursor record): from the beginning, from a time (the first record published at or after it),
from a requested position, or where the previous generation had got to.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kit.clock import Clock
from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.delivery import Deliverer, EndpointGone, Fenced
from services.subscriptions.application.lane import Lane, LaneContext
from services.subscriptions.application.ports import (
    Delivery,
    DeliveryLog,
    EventReader,
    Sender,
    StartSpec,
    TopicPartition,
)
from services.subscriptions.application.redelivery import Redeliveries

log = logging.getLogger(__name__)

REFRESH_PARTITIONS_S = 5.0


@dataclass(frozen=True)
class WorkerParts:
    """What bootstrap gives every worker."""

    log: DeliveryLog
    clock: Clock
    buffer: int
    open_reader: Callable[[str], EventReader]
    open_sender: Callable[[], Sender]
    deliverer: Callable[[Sender, Callable[[], EndpointConfig]], Deliverer]
    redeliveries: Callable[[Callable[[], EndpointConfig], Deliverer], Redeliveries]


class EndpointWorker:
    def __init__(self, config: EndpointConfig, parts: WorkerParts) -> None:
        self.config, self._parts = config, parts
        self.lanes: dict[TopicPartition, Lane] = {}
        self.stopped_by = ""  # "gone" or "fenced" when run() returned by itself

    @property
    def generation(self) -> int:
        return self.config.generation

    def update(self, config: EndpointConfig) -> None:
        """New secrets or redelivery requests (the target and the filters never change)."""
        self.config = config

    def status(self) -> dict[str, Any]:
        return {
            "endpoint_id": self.config.endpoint_id,
            "generation": self.generation,
            "version": self.config.version,
            "positions": {f"{t}/{p}": lane.position for (t, p), lane in self.lanes.items()},
            "delivering": sorted(filter(None, (lane.delivering for lane in self.lanes.values()))),
        }

    async def run(self) -> None:
        parts = self._parts
        reader = parts.open_reader(self.config.endpoint_id)
        sender = parts.open_sender()
        deliverer = parts.deliverer(sender, lambda: self.config)
        try:
            if self.generation:
                await parts.log.supersede(self.config.endpoint_id, self.generation)
            async with asyncio.TaskGroup() as tasks:
                tasks.create_task(parts.redeliveries(lambda: self.config, deliverer).run())
                tasks.create_task(self._feed(reader, deliverer, tasks))
        except* EndpointGone:
            self.stopped_by = "gone"
        except* Fenced:
            self.stopped_by = "fenced"
        finally:
            await reader.close()
            await sender.close()

    async def _feed(
        self, reader: EventReader, deliverer: Deliverer, tasks: asyncio.TaskGroup
    ) -> None:
        config = self.config
        ctx = LaneContext(
            endpoint_id=config.endpoint_id,
            generation=config.generation,
            buffer=self._parts.buffer,
            log=self._parts.log,
            wants=config.wants,
            deliver=lambda d, body: self._deliver(deliverer, d, body),
        )
        refreshed = 0.0
        while True:
            if time.monotonic() - refreshed > REFRESH_PARTITIONS_S:
                refreshed = time.monotonic()
                await self._add_partitions(reader, ctx, tasks)
            if not self.lanes:
                await asyncio.sleep(0.5)
                continue
            paused = {tp for tp, lane in self.lanes.items() if lane.full()}
            for record in await reader.poll(paused):
                self.lanes[(record.topic, record.partition)].push(record)

    async def _deliver(self, deliverer: Deliverer, delivery: Delivery, body: bytes) -> Delivery:
        return await deliverer.deliver(delivery, self.config.url, body)

    async def _add_partitions(
        self, reader: EventReader, ctx: LaneContext, tasks: asyncio.TaskGroup
    ) -> None:
        new = [tp for tp in await reader.partitions() if tp not in self.lanes]
        if not new:
            return
        positions = await self._first_positions(reader, new)
        await reader.assign(positions)
        for tp in new:
            lane = self.lanes[tp] = Lane(tp, positions[tp], ctx)
            tasks.create_task(lane.run())

    async def _first_positions(
        self, reader: EventReader, new: list[TopicPartition]
    ) -> dict[TopicPartition, int]:
        config, dlog = self.config, self._parts.log
        generations = await dlog.cursors(config.endpoint_id)
        stored = generations.get(config.generation, {})
        missing = [tp for tp in new if tp not in stored]
        if missing:
            chosen = await self._decide_start(reader, missing, config.start, generations)
            for tp in missing:
                stored[tp] = await dlog.start_cursor(
                    config.endpoint_id, config.generation, tp, chosen[tp]
                )
        return {tp: stored[tp] for tp in new}

    async def _decide_start(
        self,
        reader: EventReader,
        tps: list[TopicPartition],
        spec: StartSpec,
        generations: dict[int, dict[TopicPartition, int]],
    ) -> dict[TopicPartition, int]:
        if spec.start_from == "time":
            return await reader.offsets(tps, "time", spec.start_at)
        chosen = await reader.offsets(tps, "beginning")
        if spec.start_from != "position":
            return chosen
        ends = await reader.offsets(tps, "end")
        earlier = sorted(g for g in generations if g < self.generation)
        for tp in tps:
            if tp in spec.positions:
                chosen[tp] = min(max(spec.positions[tp], chosen[tp]), ends[tp])
                continue
            for g in reversed(earlier):  # not named: go on from where the endpoint had got to
                if tp in generations[g]:
                    chosen[tp] = generations[g][tp]
                    break
        return chosen
