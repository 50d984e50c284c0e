"""One thread reading topics from given positions and handing each batch to the event loop.

The KafkaConsumer has no group: the positions belong to the caller (read models keep theirs in
the store). The thread polls with a long timeout (the broker answers a fetch as soon as a
record arrives), hands the batch to `handle` on the event loop and waits until it is done
before polling again, so a batch is applied before the next one is fetched. `seek` asks the
thread to move to new positions before its next poll (a model switched to a new generation).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

from kit.messaging.records import Delivery

log = logging.getLogger(__name__)

Offsets = dict[tuple[str, int], int]
POLL_MS = 1000
LAG_EVERY_S = 5.0
# The broker holds a fetch this long while no record arrives and answers at once when one does,
# so the wait costs no freshness; it is what an idle reader costs (one fetch per wait). A seek
# (a rebuilt generation switched in) is served when the fetch in flight ends.
FETCH_WAIT_MS = 5000


class LogReader:
    def __init__(
        self,
        bootstrap: str,
        topics: list[str],
        handle: Callable[[list[Delivery]], Coroutine[Any, Any, None]],
        max_records: int = 2000,
    ) -> None:
        self._bootstrap, self._topics, self._handle = bootstrap, topics, handle
        self._max_records = max_records
        self._stopping = threading.Event()
        self._seek_to: Offsets | None = None
        self.ends: Offsets = {}  # end offsets last seen (for lag)
        self.polls = 0
        self._alive_at = time.monotonic()  # the thread last came back from the Kafka client
        self._handling = False

    def stuck(self, after_s: float) -> bool:
        """The thread has been inside the Kafka client (not handling a batch) too long."""
        if self._handling:
            return False
        stuck = time.monotonic() - self._alive_at > after_s
        if stuck:
            log.warning("the read models' Kafka reader is stuck; starting a new one")
        return stuck

    def stop(self) -> None:
        self._stopping.set()

    async def hand_over(self, batch: list[Delivery]) -> None:
        """On the event loop: a batch polled before `stop()` but arriving after it (a reader
        left stuck in the Kafka client, then freed) goes nowhere. Its successor reads from
        the saved positions; handled here, it could move the new slots' positions past
        records the successor has not delivered yet."""
        if not self._stopping.is_set():
            await self._handle(batch)

    def seek(self, starts: Offsets) -> None:
        self._seek_to = dict(starts)

    async def run(self, starts: Offsets) -> None:
        """Read until stopped, on a thread of its own (it holds the thread for its whole life)."""
        loop = asyncio.get_running_loop()
        finished: asyncio.Future[None] = loop.create_future()
        self._seek_to = dict(starts)

        def main() -> None:
            error: BaseException | None = None
            try:
                self._thread_main(loop)
            except BaseException as exc:
                error = exc
            try:
                loop.call_soon_threadsafe(_settle, finished, error)
            except RuntimeError:  # the loop is closed: nobody waits any more
                pass

        threading.Thread(target=main, name="read models", daemon=True).start()
        await finished

    def _thread_main(self, loop: asyncio.AbstractEventLoop) -> None:
        consumer = _consumer(self._bootstrap, self._max_records)
        try:
            assigned = self._assign(consumer)
            last_lag = 0.0
            while not self._stopping.is_set():
                if self._seek_to is not None:
                    starts, self._seek_to = self._seek_to, None
                    for tp in assigned:
                        consumer.seek(tp, starts.get((tp.topic, tp.partition), 0))
                polled = consumer.poll(timeout_ms=POLL_MS)
                self.polls += 1
                self._alive_at = time.monotonic()
                batch = [_delivery(r) for records in polled.values() for r in records]
                if batch:
                    self._handling = True
                    try:
                        asyncio.run_coroutine_threadsafe(self.hand_over(batch), loop).result()
                    finally:
                        self._handling, self._alive_at = False, time.monotonic()
                if time.monotonic() - last_lag > LAG_EVERY_S:
                    last_lag = time.monotonic()
                    self._measure(consumer, assigned)
        finally:
            consumer.close(autocommit=False)

    def _assign(self, consumer: Any) -> list[Any]:
        from kafka import TopicPartition

        while not self._stopping.is_set():
            found = {t: consumer.partitions_for_topic(t) for t in self._topics}
            self._alive_at = time.monotonic()
            if all(found.values()):
                tps = [TopicPartition(t, p) for t in self._topics for p in sorted(found[t] or ())]
                consumer.assign(tps)
                return tps
            time.sleep(0.2)  # the topics' metadata has not reached us yet
        return []

    def _measure(self, consumer: Any, assigned: list[Any]) -> None:
        """The end of each partition as the last fetch answered it: no request of its own.

        (A request such as `end_offsets` would queue on the broker behind the held fetch, up
        to `FETCH_WAIT_MS`, and keep a stopping reader that long.)"""
        try:
            highs = {(tp.topic, tp.partition): consumer.highwater(tp) for tp in assigned}
            self.ends = self.ends | {tp: end for tp, end in highs.items() if end is not None}
        except Exception as exc:  # lag is a metric: never let it stop the reading
            log.debug("end offsets not read: %s", exc)


def _consumer(bootstrap: str, max_records: int) -> Any:
    from kafka import KafkaConsumer

    return KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        client_id="nithet-read-models",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=max_records,
        fetch_max_wait_ms=FETCH_WAIT_MS,
        reconnect_backoff_max_ms=2000,
        metadata_max_age_ms=30_000,
    )


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


def _settle(future: asyncio.Future[None], error: BaseException | None) -> None:
    if future.done():
        return
    if error is None:
        future.set_result(None)
    else:
        future.set_exception(error)
