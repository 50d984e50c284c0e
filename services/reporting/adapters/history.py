"""Reading the event log back from Kafka, from offset 0, for views "as of" a past moment.

A record's Kafka timestamp is the moment the relay published it, which is when reporting
could first see it: "as of T" is the log up to the records stamped T (the view as it stood
then, give or take the projector's lag). For each partition the reader stops at the first
offset stamped after T (`offsets_for_times`); topics named in `whole` are read to their end
(the directory, so that today's organisation is known too).
"""

from __future__ import annotations

from typing import Any

from kit.events.envelope import CloudEvent
from services.reporting.application.perspective import Logged


def _stops(consumer: Any, partitions: list[Any], until_ms: int | None) -> dict[Any, int]:
    ends: dict[Any, int] = consumer.end_offsets(partitions)
    if until_ms is None or not partitions:
        return ends
    found = consumer.offsets_for_times({tp: until_ms + 1 for tp in partitions})
    return {tp: ends[tp] if found.get(tp) is None else found[tp].offset for tp in partitions}


def read_log(
    bootstrap: str, topics: list[str], until_ms: int | None, whole: frozenset[str] = frozenset()
) -> list[Logged]:
    """Blocking (run it in a thread): every event of `topics` up to `until_ms`."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        max_poll_records=10_000,
        fetch_max_bytes=64 * 1024 * 1024,
        max_partition_fetch_bytes=16 * 1024 * 1024,
    )
    try:
        partitions = [
            TopicPartition(topic, p)
            for topic in topics
            for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        stops = _stops(consumer, [tp for tp in partitions if tp.topic not in whole], until_ms)
        stops |= consumer.end_offsets([tp for tp in partitions if tp.topic in whole])
        return _read_until(consumer, partitions, stops)
    finally:
        consumer.close(autocommit=False)


def _read_until(consumer: Any, partitions: list[Any], stops: dict[Any, int]) -> list[Logged]:
    starts = consumer.beginning_offsets(partitions)
    remaining = {tp for tp in partitions if stops[tp] > starts[tp]}
    for tp in set(partitions) - remaining:
        consumer.pause(tp)
    logged: list[Logged] = []
    while remaining:
        for tp, records in consumer.poll(timeout_ms=500).items():
            for r in records:
                if r.offset >= stops[tp]:
                    break
                try:
                    logged.append(Logged(r.timestamp, CloudEvent.from_log(r.value)))
                except ValueError:
                    continue  # not an event: the live consumer dead-lettered it
            if tp in remaining and consumer.position(tp) >= stops[tp]:
                remaining.discard(tp)
                consumer.pause(tp)
    return logged  # in each partition's order: a stream's events stay in version order
