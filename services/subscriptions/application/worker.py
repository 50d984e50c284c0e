"""Everything one endpoint's deliveries need, running while this replica holds its lease.

The worker owns a reader of the event topics (its own positions, never shared), one lane per
partition, and the redeliveries asked for by hand. It finds new topics and partitions as they
appear. Its reader waits for records in long polls: at rest a worker wakes about once a second. A partition's first position in a cursor generation is decided once (an insert-only
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
from kit.waiting import wait_set
from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.delivery import (
    Deliverer,
    EndpointChanged,
    EndpointGone,
    Fenced,
)
from services.subscriptions.application.lane import Lane, LaneContext
from services.subscriptions.application.ports import (
    Cursors,
    Delivery,
    DeliveryLog,
    EventReader,
    LogRecord,
    Sender,
    TopicPartition,
)
from services.subscriptions.application.redelivery import Redeliveries
from services.subscriptions.application.starts import start_positions

log = logging.getLogger(__name__)

REFRESH_PARTITIONS_S = 5.0
LONG_POLL_S = 1.0  # at rest a worker's reader wakes about once a second
SHORT_POLL_S = 0.2


@dataclass(frozen=True)
class WorkerParts:
    """What bootstrap gives every worker."""

    log: DeliveryLog
    cursors: Cursors
    clock: Clock
    buffer: int
    in_flight: int  # deliveries of one lane in flight at once
    open_reader: Callable[[str], EventReader]
    open_sender: Callable[[], Sender]
    deliverer: Callable[[Sender, Callable[[], EndpointConfig]], Deliverer]
    redeliveries: Callable[[Callable[[], EndpointConfig], Deliverer], Redeliveries]


class EndpointWorker:
    def __init__(self, config: EndpointConfig, parts: WorkerParts) -> None:
        self.config, self._parts = config, parts
        self.lanes: dict[TopicPartition, Lane] = {}
        self.stopped_by = ""  # "gone", "changed" or "fenced" when run() returned by itself
        self._redeliveries: Redeliveries | None = None
        self._room = asyncio.Event()  # a full lane has room again

    @property
    def generation(self) -> int:
        return self.config.generation

    def update(self, config: EndpointConfig) -> None:
        """A newer view of the endpoint (the target and the filters never change)."""
        more = config.redeliveries != self.config.redeliveries
        self.config = config
        if more and self._redeliveries is not None:
            self._redeliveries.wake()

    def status(self) -> dict[str, Any]:
        return {
            "endpoint_id": self.config.endpoint_id,
            "generation": self.generation,
            "version": self.config.version,
            "positions": {f"{t}/{p}": lane.position for (t, p), lane in self.lanes.items()},
            "delivering": sorted(d for lane in self.lanes.values() for d in lane.delivering),
        }

    async def run(self) -> None:
        parts = self._parts
        reader = parts.open_reader(self.config.endpoint_id)
        sender = parts.open_sender()
        deliverer = parts.deliverer(sender, lambda: self.config)
        self._redeliveries = parts.redeliveries(lambda: self.config, deliverer)
        try:
            if self.generation:
                await parts.log.supersede(self.config.endpoint_id, self.generation)
            async with asyncio.TaskGroup() as tasks:
                tasks.create_task(self._redeliveries.run())
                tasks.create_task(self._feed(reader, deliverer, tasks))
        except* EndpointGone:
            self.stopped_by = "gone"
        except* EndpointChanged:
            self.stopped_by = "changed"
        except* Fenced:
            self.stopped_by = "fenced"
        finally:
            await reader.close()  # waits for nothing
            await sender.close()

    async def _feed(
        self, reader: EventReader, deliverer: Deliverer, tasks: asyncio.TaskGroup
    ) -> None:
        config = self.config
        ctx = LaneContext(
            endpoint_id=config.endpoint_id,
            generation=config.generation,
            buffer=self._parts.buffer,
            cursors=self._parts.cursors,
            wants=config.wants,
            deliver=lambda d, body: self._deliver(deliverer, d, body),
            window=self._parts.in_flight,
            on_room=self._room.set,
        )
        refreshed = 0.0
        while True:
            if time.monotonic() - refreshed > REFRESH_PARTITIONS_S:
                refreshed = time.monotonic()
                await self._add_partitions(reader, ctx, tasks)
            if not self.lanes:  # no event topic exists yet
                await asyncio.sleep(REFRESH_PARTITIONS_S)
                continue
            for record in await self._next_records(reader):
                self.lanes[(record.topic, record.partition)].push(record)

    async def _next_records(self, reader: EventReader) -> list[LogRecord]:
        """The next records of the lanes with room: a long poll at rest, shorter while a full
        lane works its way down (it reads again once half its buffer is left)."""
        held = {tp for tp, lane in self.lanes.items() if lane.held()}
        if len(held) == len(self.lanes):
            self._room.clear()
            if all(lane.held() for lane in self.lanes.values()):
                await wait_set(self._room, REFRESH_PARTITIONS_S)
            return []
        draining = any(self.lanes[tp].draining() for tp in held)
        return await reader.poll(held, SHORT_POLL_S if draining else LONG_POLL_S)

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
        config, dlog = self.config, self._parts.cursors
        generations = await dlog.cursors(config.endpoint_id)
        stored = generations.get(config.generation, {})
        missing = [tp for tp in new if tp not in stored]
        if missing:
            chosen = await start_positions(reader, missing, config, generations)
            decided = await asyncio.gather(
                *(
                    dlog.start_cursor(config.endpoint_id, config.generation, tp, chosen[tp])
                    for tp in missing
                )
            )
            stored |= dict(zip(missing, decided, strict=True))
        return {tp: stored[tp] for tp in new}
