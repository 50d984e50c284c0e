"""Reading a deployment's event topics straight from Kafka, as the tests' source of truth."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kit.events import CloudEvent
from kit.messaging.topics import SERVICES_WITH_EVENTS, ensure_topics
from kit.settings import Settings
from services.subscriptions.domain.scope import scope_of, wants
from tests.support.harness import eventually


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


async def create_topics(settings: Settings) -> None:
    """The deployment's event topics, with a leader for every partition, before services start.

    A consumer group that joins while a topic's partitions have no leader yet can be given no
    partition and not ask again (a race the consumers' own fix removes); tests create the
    topics and wait for their leaders first so that they never meet it.
    """
    topics = [settings.topic(s) for s in (*SERVICES_WITH_EVENTS, "subscriptions")]
    await asyncio.to_thread(
        ensure_topics, settings.kafka_bootstrap, topics, settings.kafka_partitions
    )
    await asyncio.to_thread(_wait_for_leaders, settings.kafka_bootstrap, topics)


def _wait_for_leaders(bootstrap: str, topics: list[str], timeout_s: float = 30) -> None:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            tps = [
                TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t) or ()
            ]
            if len({tp.topic for tp in tps}) == len(topics):
                consumer.end_offsets(tps)  # answers only when every partition has a leader
                return
            time.sleep(0.1)
    finally:
        consumer.close(autocommit=False)


async def event_log(settings: Settings) -> list[Logged]:
    """Every record now in the deployment's event topics, each partition in order."""
    topics = [settings.topic(s) for s in SERVICES_WITH_EVENTS]
    return await asyncio.to_thread(_read, settings.kafka_bootstrap, topics)


async def wanted_log(
    settings: Settings, scope: tuple[str, str], types: Iterable[str] = ("*",)
) -> list[Logged]:
    """The records of the event log an endpoint of this scope and these types should get."""
    chosen = scope_of(*scope)
    return [r for r in await event_log(settings) if wants(chosen, list(types), r.event())]


async def campaign_log(settings: Settings, campaign: str, count: int) -> list[Logged]:
    """The records of one needs campaign, once there are `count` of them."""

    def mine(log: list[Logged]) -> list[Logged]:
        return [r for r in log if r.event().data.get("campaign_id") == campaign]

    found = await eventually(lambda: event_log(settings), lambda log: len(mine(log)) >= count, 30)
    return mine(found)


async def log_holding(settings: Settings, accept: Callable[[list[Logged]], bool]) -> list[Logged]:
    return await eventually(lambda: event_log(settings), accept, timeout_s=30)


def events_of(log: Iterable[Logged]) -> list[CloudEvent]:
    return [r.event() for r in log]
