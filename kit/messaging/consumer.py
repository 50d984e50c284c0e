"""The consumer runner: one thread owns a KafkaConsumer; handling happens on the event loop.

- Offsets are committed by hand, after the handler finished the whole polled batch (the
  read-model write), so a crash re-delivers at most that batch: handlers are idempotent.
- A failing batch is retried one delivery at a time. An error that passes by itself (the
  store is away) is retried until it passes; any other error marks a poison event, which goes
  to the group's dead-letter topic with the error in its headers, and the consumer carries on.
- `stop` finishes the batch in hand, commits and leaves the group.
- `assign_all=True` takes every partition of the topics itself instead of joining the group's
  rebalances (offsets are still committed to the group). Read models use it: one replica holds
  the model's lease, so there is nothing to balance, and a new deployment never waits for a
  rebalance that raced with the creation of its topics.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from kit.errors import ServiceUnavailable
from kit.messaging.publisher import Publisher
from kit.messaging.records import Delivery, Record
from kit.messaging.topics import deadletter_topic
from kit.mongo import TRANSIENT_ERRORS

log = logging.getLogger(__name__)

Handler = Callable[[list[Delivery]], Awaitable[None]]
TRANSIENT: tuple[type[Exception], ...] = (
    *TRANSIENT_ERRORS,
    ConnectionError,
    TimeoutError,
    ServiceUnavailable,
)
JOIN_POLL_MS = 1000  # while joining the group: long enough for the join to complete in one poll
# A poll returns as soon as records arrive (the broker answers a fetch at once when it has any),
# so a long poll costs nothing in latency; a short one only wakes the thread while idle.
POLL_MS = 1000
FETCH_WAIT_MS = 5000  # the broker holds an idle fetch this long (see kit.readmodel.reader)
LAG_EVERY_S = 5.0
PARTITIONS_WAIT_S = 30


@dataclass
class ConsumerStatus:
    group: str
    handled: int = 0
    deadlettered: int = 0
    last_event_time: float | None = None  # producer timestamp of the last handled record
    last_handled_at: float | None = None
    lag: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        now = time.time()
        return {
            "group": self.group,
            "handled": self.handled,
            "deadlettered": self.deadlettered,
            "lag": sum(self.lag.values()),
            "lag_by_partition": dict(self.lag),
            "last_event_time": self.last_event_time,
            "seconds_since_last_event": None
            if self.last_event_time is None
            else round(now - self.last_event_time, 3),
        }


class ConsumerRunner:
    def __init__(
        self,
        *,
        bootstrap: str,
        group: str,
        topics: list[str],
        handle: Handler,
        deadletters: Publisher,
        max_records: int = 500,
        poll_ms: int = POLL_MS,
        assign_all: bool = False,
    ) -> None:
        self._assign_all = assign_all
        self._bootstrap, self._group, self._topics = bootstrap, group, topics
        self._handle, self._deadletters = handle, deadletters
        self._max_records, self._poll_ms = max_records, poll_ms
        self._stopping = threading.Event()
        self.status = ConsumerStatus(group)
        self.assigned = threading.Event()

    def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        """Consume until stopped, on a thread of its own.

        Not on the loop's default executor: that pool is small (CPU count + 4 threads), a
        consumer holds its thread for its whole life, and a process running several read
        models would otherwise starve every other `to_thread` call (publishing included).
        """
        loop = asyncio.get_running_loop()
        finished: asyncio.Future[None] = loop.create_future()

        def main() -> None:
            try:
                self._thread_main(loop)
            except BaseException as exc:
                _settle(loop, finished, exc)
            else:
                _settle(loop, finished, None)

        threading.Thread(target=main, name=f"consumer {self._group}", daemon=True).start()
        await finished

    # -- the consumer thread ---------------------------------------------------------------

    def _thread_main(self, loop: asyncio.AbstractEventLoop) -> None:
        from kafka import KafkaConsumer

        consumer = KafkaConsumer(
            bootstrap_servers=self._bootstrap,
            group_id=self._group,
            client_id=self._group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=self._max_records,
            fetch_max_wait_ms=FETCH_WAIT_MS,
            reconnect_backoff_max_ms=2000,
            metadata_max_age_ms=5000,  # see new partitions and topics within seconds
        )
        last_lag_check = 0.0
        try:
            if not self._assign_all:
                self._await_partitions(consumer)
                consumer.subscribe(self._topics)
            while not self._stopping.is_set():
                if self._assign_all and not self._assign(consumer):
                    continue
                joined = bool(consumer.assignment())
                polled = consumer.poll(timeout_ms=self._poll_ms if joined else JOIN_POLL_MS)
                if consumer.assignment():
                    self.assigned.set()
                batch = [_delivery(r) for records in polled.values() for r in records]
                if batch:
                    asyncio.run_coroutine_threadsafe(self._process(batch), loop).result()
                    consumer.commit()
                if time.monotonic() - last_lag_check > LAG_EVERY_S:
                    last_lag_check = time.monotonic()
                    self._measure_lag(consumer)
        finally:
            consumer.close(autocommit=False)

    def _assign(self, consumer: Any) -> bool:
        """Hold every partition of the topics (re-checked every few seconds). False: not yet."""
        from kafka import TopicPartition

        now = time.monotonic()
        if consumer.assignment() and now - getattr(self, "_assigned_at", 0.0) < 5:
            return True
        wanted = set()
        for topic in self._topics:
            partitions = consumer.partitions_for_topic(topic)
            if not partitions:
                time.sleep(0.2)  # the topic's metadata has not reached us yet
                return False
            wanted |= {TopicPartition(topic, p) for p in partitions}
        if wanted != consumer.assignment():
            consumer.assign(list(wanted))
        self._assigned_at = now
        return True

    def _await_partitions(self, consumer: Any) -> None:
        """Know every topic's partitions before joining the group.

        A group leader that does not know them yet assigns nothing and rejoins as soon as its
        metadata arrives; kafka-python 3.0 can end such a quick rejoin with no partitions while
        believing it has them (it then spins without fetching). Joining once, knowing the
        partitions, and polling long enough for the join to finish avoids that.
        """
        deadline = time.monotonic() + PARTITIONS_WAIT_S
        while not self._stopping.is_set() and time.monotonic() < deadline:
            if all(consumer.partitions_for_topic(topic) for topic in self._topics):
                return
            time.sleep(0.2)

    def _measure_lag(self, consumer: Any) -> None:
        """From the ends the last fetches answered (see kit.readmodel.reader): no request."""
        try:
            highs = {tp: consumer.highwater(tp) for tp in consumer.assignment()}
            self.status.lag = {
                f"{tp.topic}/{tp.partition}": max(0, end - consumer.position(tp))
                for tp, end in highs.items()
                if end is not None  # fetched already, so its position is known
            }
        except Exception as exc:  # lag is a metric: never let it stop consumption
            log.debug("lag measurement failed: %s", exc)

    # -- on the event loop -----------------------------------------------------------------

    async def _process(self, batch: list[Delivery]) -> None:
        try:
            await self._handle(batch)
        except Exception:
            for delivery in batch:
                await self._process_one(delivery)
        self.status.handled += len(batch)
        self.status.last_event_time = batch[-1].timestamp_ms / 1000
        self.status.last_handled_at = time.time()

    async def _process_one(self, delivery: Delivery) -> None:
        delay = 0.1
        while True:
            try:
                await self._handle([delivery])
                return
            except TRANSIENT as exc:
                if self._stopping.is_set():
                    raise
                log.warning("%s: transient error, retrying: %s", self._group, exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
            except Exception as exc:
                await self._deadletter(delivery, exc)
                return

    async def _deadletter(self, delivery: Delivery, exc: Exception) -> None:
        log.error(
            "%s: poison event at %s/%s@%s: %r",
            self._group,
            delivery.topic,
            delivery.partition,
            delivery.offset,
            exc,
        )
        record = deadletter_record(delivery, self._group, exc)
        delay = 0.1
        while True:
            try:
                await self._deadletters.publish([record])
                break
            except Exception as publish_error:  # Kafka away: keep the poison event, retry
                if self._stopping.is_set():
                    raise
                log.warning("dead-letter publish failed, retrying: %s", publish_error)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
        self.status.deadlettered += 1


def deadletter_record(delivery: Delivery, group: str, exc: Exception) -> Record:
    """A record that could not be handled, for `<group>.deadletter`, the error in its headers."""
    headers = [
        *delivery.headers,
        ("nithet-error", f"{type(exc).__name__}: {exc}"[:2000].encode()),
        ("nithet-source", f"{delivery.topic}/{delivery.partition}@{delivery.offset}".encode()),
        ("nithet-group", group.encode()),
    ]
    return Record(deadletter_topic(group), delivery.key or b"", delivery.value, headers)


def _delivery(record: Any) -> Delivery:
    return Delivery(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=record.key,
        value=record.value,
        headers=[(k, v) for k, v in (record.headers or [])],
        timestamp_ms=record.timestamp,
    )


def _settle(
    loop: asyncio.AbstractEventLoop, future: asyncio.Future[None], error: BaseException | None
) -> None:
    """Hand the consumer thread's ending to the event loop (if the loop still runs)."""

    def settle() -> None:
        if future.done():
            return
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(error)

    try:
        loop.call_soon_threadsafe(settle)
    except RuntimeError:  # the loop is closed: nobody waits any more
        pass
