"""One partition of one event topic, delivered to one endpoint strictly in offset order.

A stream's events all sit in one partition (the record key is the stream id), so delivering
each partition in order keeps every stream's order for the endpoint; the partitions of an
endpoint are independent lanes, and every endpoint has its own. An event the endpoint does not
want is stepped over. The lane's position (the next offset) is saved at most once a second
while records keep coming, and as soon as the lane has none left, so a restarted dispatcher
goes on from there. It looks again at up to a second of records: the delivery log knows which
of those were delivered (or failed for good), so none of them is sent again; only the delivery
that was in hand is, with the same `webhook-id`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from kit.events import CloudEvent
from kit.waiting import wait_set
from services.subscriptions.application.ports import (
    Delivery,
    DeliveryLog,
    LogRecord,
    TopicPartition,
)

log = logging.getLogger(__name__)

SAVE_EVERY_S = 1.0


@dataclass(frozen=True)
class LaneContext:
    endpoint_id: str
    generation: int
    buffer: int
    log: DeliveryLog
    wants: Callable[[CloudEvent], bool]
    deliver: Callable[[Delivery, bytes], Awaitable[Delivery]]


def delivery_for(
    endpoint_id: str, run: str, trigger: str, record: LogRecord, event: CloudEvent
) -> Delivery:
    return Delivery(
        endpoint_id=endpoint_id,
        delivery_id=f"{run}-{event.id}",
        trigger=trigger,
        event_id=event.id,
        event_type=event.type,
        subject=event.subject,
        tenant=event.tenantid,
        province=event.provinceid,
        event_time=event.time.isoformat(),
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
    )


class Lane:
    def __init__(self, tp: TopicPartition, position: int, ctx: LaneContext) -> None:
        self.tp, self.position, self._ctx = tp, position, ctx
        self._queue: deque[LogRecord] = deque()
        self._more = asyncio.Event()
        self._saved, self._saved_at = position, time.monotonic()
        self.delivering: str | None = None  # the delivery in hand, for status pages

    def full(self) -> bool:
        return len(self._queue) >= self._ctx.buffer

    def push(self, record: LogRecord) -> None:
        self._queue.append(record)
        self._more.set()

    async def run(self) -> None:
        while True:
            if not self._queue:
                await self._save(force=True)
                self._more.clear()
                await wait_set(self._more, SAVE_EVERY_S)
                continue
            record = self._queue.popleft()
            if record.offset < self.position:
                continue
            await self._handle(record)
            self.position = record.offset + 1
            await self._save(force=False)

    async def _handle(self, record: LogRecord) -> None:
        try:
            event = CloudEvent.from_json(record.value)
        except ValueError:
            log.warning("not a CloudEvent at %s/%s@%s: skipped", *self.tp, record.offset)
            return
        if not self._ctx.wants(event):
            return
        ctx = self._ctx
        trigger = "replay" if ctx.generation else "live"
        delivery = delivery_for(ctx.endpoint_id, f"g{ctx.generation}", trigger, record, event)
        self.delivering = delivery.delivery_id
        await ctx.deliver(delivery, record.value)
        self.delivering = None

    async def _save(self, force: bool) -> None:
        due = time.monotonic() - self._saved_at >= SAVE_EVERY_S
        if self.position != self._saved and (force or due):
            ctx = self._ctx
            await ctx.log.save_cursor(ctx.endpoint_id, ctx.generation, self.tp, self.position)
            self._saved, self._saved_at = self.position, time.monotonic()
