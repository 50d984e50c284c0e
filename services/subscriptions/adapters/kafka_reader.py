"""Reading the event topics for one endpoint, from its own positions (kafka-python).

Each reader owns a KafkaConsumer without a consumer group (positions are the endpoint's
cursor, kept in the store), used from one thread only: a single-thread executor of its own.
The record fetcher reads one record at a known position, for manual redeliveries.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, TypeVar

from services.subscriptions.application.ports import LogRecord, TopicPartition

T = TypeVar("T")
POLL_MS = 200


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
    )


def _record(r: Any) -> LogRecord:
    return LogRecord(r.topic, r.partition, r.offset, r.value, r.timestamp)


class KafkaEventReader:
    def __init__(self, bootstrap: str, topics: list[str], client_id: str) -> None:
        self._bootstrap, self._topics, self._client_id = bootstrap, topics, client_id
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="webhook-reader")
        self._consumer: Any = None

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def _c(self) -> Any:
        if self._consumer is None:
            self._consumer = _consumer(self._bootstrap, self._client_id)
        return self._consumer

    async def partitions(self) -> list[TopicPartition]:
        return await self._call(self._partitions)

    def _partitions(self) -> list[TopicPartition]:
        consumer = self._c()
        present = set(consumer.topics())
        return [
            (topic, p)
            for topic in self._topics
            if topic in present
            for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]

    async def offsets(
        self, partitions: list[TopicPartition], where: str, at: datetime | None = None
    ) -> dict[TopicPartition, int]:
        return await self._call(self._offsets, partitions, where, at)

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
        await self._call(self._assign, positions)

    def _assign(self, positions: dict[TopicPartition, int]) -> None:
        from kafka import TopicPartition as KafkaTP

        consumer = self._c()
        keep = {tp: consumer.position(tp) for tp in consumer.assignment()}
        wanted = keep | {KafkaTP(t, p): offset for (t, p), offset in positions.items()}
        consumer.assign(list(wanted))
        for tp, offset in wanted.items():
            consumer.seek(tp, offset)

    async def poll(self, paused: set[TopicPartition]) -> list[LogRecord]:
        return await self._call(self._poll, paused)

    def _poll(self, paused: set[TopicPartition]) -> list[LogRecord]:
        consumer = self._c()
        assigned = consumer.assignment()
        hold = [tp for tp in assigned if (tp.topic, tp.partition) in paused]
        consumer.pause(*hold)
        consumer.resume(*(tp for tp in assigned if tp not in hold))
        polled = consumer.poll(timeout_ms=POLL_MS)
        return [_record(r) for records in polled.values() for r in records]

    async def close(self) -> None:
        if self._consumer is not None:
            await self._call(self._consumer.close, False)
        self._executor.shutdown(wait=False)


class KafkaRecordFetcher:
    def __init__(self, bootstrap: str, client_id: str, timeout_s: float = 10.0) -> None:
        self._bootstrap, self._client_id, self._timeout = bootstrap, client_id, timeout_s

    async def fetch(self, topic: str, partition: int, offset: int) -> LogRecord | None:
        return await asyncio.to_thread(self._fetch, topic, partition, offset)

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
                for record in consumer.poll(timeout_ms=POLL_MS).get(tp, []):
                    if record.offset == offset:
                        return _record(record)
            return None
        finally:
            consumer.close(False)
