"""Reading a deployment's event topics straight from Kafka, as the tests' source of truth."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from kit.events import CloudEvent
from kit.messaging.topics import SERVICES_WITH_EVENTS
from kit.settings import Settings


@dataclass(frozen=True)
class Logged:
    topic: str
    partition: int
    offset: int
    value: bytes
    timestamp_ms: int

    def event(self) -> CloudEvent:
        return CloudEvent.from_json(self.value)


def _read(bootstrap: str, topics: list[str]) -> list[Logged]:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    try:
        present = consumer.topics()
        tps = [
            TopicPartition(t, p)
            for t in topics
            if t in present
            for p in sorted(consumer.partitions_for_topic(t) or ())
        ]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        found: list[Logged] = []
        while any(consumer.position(tp) < ends[tp] for tp in tps):
            for tp, records in consumer.poll(timeout_ms=500).items():
                found.extend(
                    Logged(r.topic, r.partition, r.offset, r.value, r.timestamp)
                    for r in records
                    if r.offset < ends[tp]
                )
        return found
    finally:
        consumer.close(autocommit=False)


async def event_log(settings: Settings) -> list[Logged]:
    """Every record now in the deployment's event topics, each partition in order."""
    topics = [settings.topic(s) for s in SERVICES_WITH_EVENTS]
    return await asyncio.to_thread(_read, settings.kafka_bootstrap, topics)
