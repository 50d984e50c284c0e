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
from kit.messaging.log_reader import log_consumer, partitions_of, read_until
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
    consumer = log_consumer(bootstrap)
    logged: list[Logged] = []

    def take(_: Any, records: list[Any]) -> None:
        for r in records:
            try:
                logged.append(Logged(r.timestamp, CloudEvent.from_log(r.value)))
            except ValueError:
                continue  # not an event: the live consumer dead-lettered it

    try:
        partitions = partitions_of(consumer, topics)
        stops = _stops(consumer, [tp for tp in partitions if tp.topic not in whole], until_ms)
        stops |= consumer.end_offsets([tp for tp in partitions if tp.topic in whole])
        if partitions:
            read_until(consumer, stops, take)
        return logged  # in each partition's order: a stream's events stay in version order
    finally:
        consumer.close(autocommit=False)
