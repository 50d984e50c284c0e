"""Reading topics from their first record up to offsets fixed beforehand (kafka-python, blocking).

Read-model rebuilds and reporting's views "as of" a past moment both read the whole log: every
partition of some topics, from its beginning up to a stop offset chosen when the reading
starts, with large fetches. Run these in a thread. Each partition's records reach `take` in
offset order, so the events of a stream (which all sit in one partition) keep their order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

MiB = 1024 * 1024


def log_consumer(bootstrap: str, group: str | None = None) -> Any:
    """A consumer for whole-log reads (a group only to commit where the reading ended)."""
    from kafka import KafkaConsumer

    return KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=10_000,
        fetch_max_bytes=64 * MiB,
        max_partition_fetch_bytes=16 * MiB,
    )


def partitions_of(consumer: Any, topics: list[str]) -> list[Any]:
    """Every partition of the topics that exist, topic by topic."""
    from kafka import TopicPartition

    return [
        TopicPartition(topic, p)
        for topic in topics
        for p in sorted(consumer.partitions_for_topic(topic) or ())
    ]


def read_until(
    consumer: Any,
    stops: dict[Any, int],
    take: Callable[[Any, list[Any]], None],
    starts: dict[Any, int] | None = None,
) -> None:
    """Give `take(partition, records)` every record of each partition below its stop offset,
    from its beginning or from `starts` (an offset per partition)."""
    partitions = list(stops)
    consumer.assign(partitions)
    first = consumer.beginning_offsets(partitions)
    starts = {tp: max(first[tp], (starts or {}).get(tp, 0)) for tp in partitions}
    for tp in partitions:
        consumer.seek(tp, starts[tp])
    remaining = {tp for tp in partitions if stops[tp] > starts[tp]}
    for tp in set(partitions) - remaining:
        consumer.pause(tp)
    while remaining:
        for tp, records in consumer.poll(timeout_ms=500).items():
            below = [r for r in records if r.offset < stops[tp]]
            if below:
                take(tp, below)
            if tp in remaining and consumer.position(tp) >= stops[tp]:
                remaining.discard(tp)
                consumer.pause(tp)


def event_ids_after(
    bootstrap: str, starts: dict[tuple[str, int], int], topics: list[str]
) -> set[str]:
    """The ids of the events standing in `topics` at or after the given (topic, partition)
    offsets (from the beginning where none is given), up to the end found on arrival."""
    from kafka import TopicPartition

    consumer = log_consumer(bootstrap)
    found: set[str] = set()

    def take(_: Any, records: list[Any]) -> None:
        for r in records:
            try:
                found.add(str(json.loads(r.value)["id"]))
            except (ValueError, KeyError, TypeError):  # not an event of ours: nothing to skip
                continue

    try:
        partitions = partitions_of(consumer, topics)
        ends = consumer.end_offsets(partitions) if partitions else {}
        offsets = {TopicPartition(t, p): o for (t, p), o in starts.items()}
        read_until(consumer, ends, take, offsets)
    finally:
        consumer.close(autocommit=False)
    return found


class KafkaLog:
    """The published log as the relay asks about it (kit.relay.PublishedLog)."""

    def __init__(self, bootstrap: str) -> None:
        self._bootstrap = bootstrap

    async def event_ids_after(
        self, starts: dict[tuple[str, int], int], topics: list[str]
    ) -> set[str]:
        import asyncio

        return await asyncio.to_thread(event_ids_after, self._bootstrap, starts, topics)
