"""An endpoint's Kafka reader holds full lanes back and goes on where each left off (real Kafka).

A full lane's partition is held (left out of the reader's assignment) until the lane has room;
then it is read again from the next offset the lane takes: nothing skipped, nothing twice, no
partition stuck. (kafka-python 3.0's pause/resume stopped fetching some partitions for good
once several were paused with records parked: the stall of a long replay.)
"""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict

from kafka import KafkaProducer

from kit.messaging.topics import ensure_topics
from services.subscriptions.adapters.kafka_reader import KafkaEventReader
from tests.support.infra import Infra

RECORDS = 1500


def _write(bootstrap: str, topic: str) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=20)
    for n in range(RECORDS):
        producer.send(topic, key=f"stream-{n % 40}".encode(), value=b"{}", partition=n % 4)
    producer.flush()
    producer.close()


async def test_held_partitions_are_read_again_from_where_their_lanes_left_off(infra: Infra) -> None:
    topic = f"reader-test-{uuid.uuid4().hex[:8]}.needs.events"
    await asyncio.to_thread(ensure_topics, infra.kafka, [topic], 4)
    await asyncio.to_thread(_write, infra.kafka, topic)
    reader = KafkaEventReader(infra.kafka, [topic], "reader-test")
    read: dict[tuple[str, int], list[int]] = defaultdict(list)
    try:
        partitions = await reader.partitions()
        assert len(partitions) == 4
        await reader.assign({tp: 0 for tp in partitions})
        held: set[tuple[str, int]] = set()
        queued = dict.fromkeys(partitions, 0)  # each lane's buffer, 30 records done per round
        for _ in range(300):
            for record in await reader.poll(held, 0.2):
                read[(record.topic, record.partition)].append(record.offset)
                queued[(record.topic, record.partition)] += 1
            queued = {tp: max(0, n - 30) for tp, n in queued.items()}
            held = {tp for tp, n in queued.items() if n >= 100 or (tp in held and n > 50)}
            if sum(len(v) for v in read.values()) == RECORDS:
                break
    finally:
        await reader.close()
    assert sum(len(v) for v in read.values()) == RECORDS
    for offsets in read.values():
        assert offsets == list(range(len(offsets)))  # in order, nothing skipped or twice
