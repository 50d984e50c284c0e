"""Reading the event topics for one endpoint, from its own positions (kafka-python).

Each reader owns a KafkaConsumer without a consumer group (positions are the endpoint's
cursor, kept in the store), used from one thread of its own, every call within a time limit
(adapters/client_thread.py): a reader whose client got stuck raises ClientStuck, its worker
stops and the dispatcher starts a new one, with a new reader. It waits for records in long
polls: the broker answers a fetch as soon as a record arrives, and holds it for up to a second
while none does, so an idle reader wakes once a second. The record fetcher reads one record at
a known position, for manual redeliveries.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from services.subscriptions.adapters.client_thread import ClientThread
from services.subscriptions.application.ports import LogRecord, TopicPartition

FETCH_WAIT_MS = 1000  # the broker holds a fetch this long while no record arrives
FETCH_POLL_MS = 200  # the redelivery fetcher's short polls for one known record
NEW_TOPICS_EVERY_S = 60.0  # looking for an event topic that does not exist yet


def _consumer(bootstrap: str, client_id: str, max_records: int = 500) -> Any:
    from kafka import KafkaConsumer

    return KafkaConsumer(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=max_records,
        reconnect_backoff_max_ms=2000,
        metadata_max_age_ms=5000,
        fetch_max_wait_ms=FETCH_WAIT_MS,
        request_timeout_ms=15000,
    )


def _record(r: Any) -> LogRecord:
    return LogRecord(r.topic, r.partition, r.offset, r.value, r.timestamp)


class KafkaEventReader:
    def __init__(self, bootstrap: str, topics: list[str], client_id: str) -> None:
        self._bootstrap, self._topics, self._client_id = bootstrap, topics, client_id
        self._thread = ClientThread(f"webhook-reader-{client_id.rsplit('.', 1)[-1]}")
        self._consumer: Any = None
        self._next: dict[TopicPartition, int] = {}  # the next offset each lane takes
        self._held: set[TopicPartition] = set()  # partitions of full lanes: not read for now
        self._reading: list[TopicPartition] = []
        self._known: set[str] = set()  # event topics that exist
        self._looked_for_topics = -NEW_TOPICS_EVERY_S

    def _c(self) -> Any:
        if self._consumer is None:
            self._consumer = _consumer(self._bootstrap, self._client_id)
        return self._consumer

    async def partitions(self) -> list[TopicPartition]:
        return await self._thread.call(self._partitions)

    def _partitions(self) -> list[TopicPartition]:
        """The partitions of the event topics. A topic found is looked up in the client's own
        metadata (kept fresh for the topics it reads); one not found yet costs a request for
        every topic of the cluster, so it is looked for at most once a minute."""
        consumer, now = self._c(), time.monotonic()
        looking = now - self._looked_for_topics >= NEW_TOPICS_EVERY_S
        if looking:
            self._looked_for_topics = now
        found: list[TopicPartition] = []
        for topic in self._topics:
            if topic in self._known or looking:
                parts = sorted(consumer.partitions_for_topic(topic) or ())
                self._known.update([topic] if parts else [])
                found += [(topic, p) for p in parts]
        return found

    async def offsets(
        self, partitions: list[TopicPartition], where: str, at: datetime | None = None
    ) -> dict[TopicPartition, int]:
        return await self._thread.call(self._offsets, partitions, where, at)

    def _offsets(
        self, partitions: list[TopicPartition], where: str, at: datetime | None
    ) -> dict[TopicPartition, int]:
        from kafka import TopicPartition as KafkaTP

        consumer = self._c()
        tps = [KafkaTP(t, p) for t, p in partitions]
        ends = consumer.end_offsets(tps)
        if where == "end":
            return {(tp.topic, tp.partition): ends[tp] for tp in tps}
        if where == "beginning" or at is None:
            found = consumer.beginning_offsets(tps)
            return {(tp.topic, tp.partition): found[tp] for tp in tps}
        ms = int(at.timestamp() * 1000)
        found = consumer.offsets_for_times({tp: ms for tp in tps})
        return {
            (tp.topic, tp.partition): ends[tp] if found.get(tp) is None else found[tp].offset
            for tp in tps
        }

    async def assign(self, positions: dict[TopicPartition, int]) -> None:
        await self._thread.call(self._assign, positions)

    def _assign(self, positions: dict[TopicPartition, int]) -> None:
        self._next |= positions
        self._reassign()

    async def poll(self, held: set[TopicPartition], timeout_s: float) -> list[LogRecord]:
        return await self._thread.call(self._poll, held, timeout_s)

    def _poll(self, held: set[TopicPartition], timeout_s: float) -> list[LogRecord]:
        if held != self._held:
            self._held = set(held)
            self._reassign()
        if not self._reading:
            time.sleep(timeout_s)  # every lane is full: nothing to fetch
            return []
        polled = self._c().poll(timeout_ms=int(timeout_s * 1000))
        records = [_record(r) for batch in polled.values() for r in batch]
        for record in records:
            self._next[(record.topic, record.partition)] = record.offset + 1
        return records

    def _reassign(self) -> None:
        """Read the partitions whose lanes have room, each from the next offset its lane takes.

        A full lane's partition is left out of the assignment rather than paused: kafka-python
        3.0 parks what it fetched for a paused partition and, once several were paused, never
        fetches some of them again after they are resumed.
        """
        from kafka import TopicPartition as KafkaTP

        consumer = self._c()
        self._reading = [tp for tp in self._next if tp not in self._held]
        wanted = [KafkaTP(*tp) for tp in self._reading]
        consumer.assign(wanted)
        for tp in wanted:
            consumer.seek(tp, self._next[(tp.topic, tp.partition)])

    async def close(self) -> None:
        """The client is closed on its thread once its current call returns (a stuck one is
        left to its daemon thread); nothing here waits for it."""
        if self._consumer is None:
            self._thread.stop()
        else:
            self._thread.close_with(self._consumer.close, False)


class KafkaRecordFetcher:
    def __init__(self, bootstrap: str, client_id: str, timeout_s: float = 10.0) -> None:
        self._bootstrap, self._client_id, self._timeout = bootstrap, client_id, timeout_s

    async def fetch(self, topic: str, partition: int, offset: int) -> LogRecord | None:
        thread = ClientThread("webhook-redelivery", limit_s=self._timeout + 20)
        try:
            return await thread.call(self._fetch, topic, partition, offset)
        finally:
            thread.stop()

    def _fetch(self, topic: str, partition: int, offset: int) -> LogRecord | None:
        from kafka import TopicPartition as KafkaTP

        consumer = _consumer(self._bootstrap, self._client_id, max_records=1)
        tp = KafkaTP(topic, partition)
        try:
            consumer.assign([tp])
            first, end = consumer.beginning_offsets([tp])[tp], consumer.end_offsets([tp])[tp]
            if not first <= offset < end:
                return None
            consumer.seek(tp, offset)
            deadline = time.monotonic() + self._timeout
            while time.monotonic() < deadline:
                for record in consumer.poll(timeout_ms=FETCH_POLL_MS).get(tp, []):
                    if record.offset == offset:
                        return _record(record)
            return None
        finally:
            consumer.close(False)
