"""One partition of one event topic, delivered to one endpoint: each stream in order.

A stream's events all sit in one partition (the record key is the stream id). A lane takes its
partition's records in offset order and has up to `window` deliveries in flight at once; a
record waits for the delivery of its own stream's previous record, so each stream reaches the
endpoint in order while records of different streams overlap. A record is not started more
than `span` offsets past the oldest one still in flight, so a delivery waiting for its retries
holds at most that many records of other streams behind it. An event the endpoint does not
want is stepped over.

The lane's position is the lowest offset not finished. It is saved at most once a second while
records keep coming, and as soon as the lane has none left, so a restarted dispatcher goes on
from there. It looks again at the records past it that were already delivered: the delivery
log knows them (delivered, or failed for good), so none of them is sent again; only the
deliveries that were in hand are, with the same `webhook-id`. An idle lane waits on nothing
but its next record: it sets no timer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from kit.events import CloudEvent
from services.subscriptions.application.ports import (
    Cursors,
    Delivery,
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
    cursors: Cursors
    wants: Callable[[CloudEvent], bool]
    deliver: Callable[[Delivery, bytes], Awaitable[Delivery]]
    window: int = 16  # deliveries in flight at once
    on_room: Callable[[], None] = lambda: None  # a held lane reads again


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
        self.tp, self._ctx = tp, ctx
        self._queue: deque[LogRecord] = deque()
        self._next = position  # the next offset to take from the queue
        self._open: dict[int, str] = {}  # offsets in flight, with their delivery ids
        self._tails: dict[str, asyncio.Task[None]] = {}  # each stream's last delivery started
        self._wake = asyncio.Event()  # a record came, or a delivery ended
        self._held = False
        self._saved, self._saved_at = position, time.monotonic()

    @property
    def position(self) -> int:
        """The lowest offset not finished: everything before it was delivered or stepped over."""
        return min(self._open, default=self._next)

    @property
    def delivering(self) -> list[str]:
        """The deliveries in hand (status pages)."""
        return sorted(self._open.values())

    def held(self) -> bool:
        """Read no more records for now: held from a full buffer until half of it is left."""
        queued = len(self._queue)
        if queued >= self._ctx.buffer:
            self._held = True
        elif queued <= self._ctx.buffer // 2:
            self._held = False
        return self._held

    def draining(self) -> bool:
        """Held, and working its way down to where it reads again."""
        return self._held and len(self._queue) < self._ctx.buffer

    def push(self, record: LogRecord) -> None:
        self._queue.append(record)
        self._wake.set()

    async def run(self) -> None:
        async with asyncio.TaskGroup() as deliveries:
            while True:
                if self._queue and self._room(self._queue[0]):
                    self._take(self._queue.popleft(), deliveries)
                    if self._held and not self.held():
                        self._ctx.on_room()
                    await self._save(force=False)
                    continue
                # Cleared before the save's await: a delivery that ends during the save sets
                # it again, and the loop saves once more (cleared after, that ending was lost
                # and a finished lane kept an old cursor until its next record).
                self._wake.clear()
                await self._save(force=not (self._queue or self._open))  # dry: at once
                if not (self._queue and self._room(self._queue[0])):
                    await self._wake.wait()

    def _room(self, record: LogRecord) -> bool:
        if record.offset < self._next:
            return True  # seen already: stepped over at once
        return len(self._open) < self._ctx.window and record.offset - self.position < max(
            self._ctx.buffer, self._ctx.window
        )

    def _take(self, record: LogRecord, deliveries: asyncio.TaskGroup) -> None:
        if record.offset < self._next:
            return
        self._next = record.offset + 1
        found = self._delivery_of(record)
        if found is None:
            return
        delivery, subject = found
        previous = self._tails.get(subject)
        task = deliveries.create_task(self._send(delivery, record.value, previous))
        self._open[record.offset] = delivery.delivery_id
        self._tails[subject] = task
        task.add_done_callback(lambda done: self._ended(record.offset, subject, done))

    def _delivery_of(self, record: LogRecord) -> tuple[Delivery, str] | None:
        try:
            event = CloudEvent.from_json(record.value)
        except ValueError:
            log.warning("not a CloudEvent at %s/%s@%s: skipped", *self.tp, record.offset)
            return None
        if not self._ctx.wants(event):
            return None
        ctx = self._ctx
        trigger = "replay" if ctx.generation else "live"
        delivery = delivery_for(ctx.endpoint_id, f"g{ctx.generation}", trigger, record, event)
        return delivery, event.subject

    async def _send(
        self, delivery: Delivery, body: bytes, previous: asyncio.Task[None] | None
    ) -> None:
        if previous is not None and not previous.done():
            await asyncio.wait({previous})  # the stream's previous event goes first
        await self._ctx.deliver(delivery, body)

    def _ended(self, offset: int, subject: str, task: asyncio.Task[None]) -> None:
        self._open.pop(offset, None)
        if self._tails.get(subject) is task:
            del self._tails[subject]
        self._wake.set()

    async def _save(self, force: bool) -> None:
        position = self.position
        due = time.monotonic() - self._saved_at >= SAVE_EVERY_S
        if position != self._saved and (force or due):
            ctx = self._ctx
            await ctx.cursors.save_cursor(ctx.endpoint_id, ctx.generation, self.tp, position)
            self._saved, self._saved_at = position, time.monotonic()
