"""Reading and writing topics directly in tests (what an outside system would see)."""

from __future__ import annotations

import asyncio
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition


def _read_all_blocking(bootstrap: str, topic: str) -> list[Any]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        records: list[Any] = []
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
        return records
    finally:
        consumer.close()


async def read_all(bootstrap: str, topic: str) -> list[Any]:
    """Every record of a topic, from offset 0 to its current end."""
    return await asyncio.to_thread(_read_all_blocking, bootstrap, topic)


def _produce_blocking(bootstrap: str, topic: str, key: bytes, values: list[bytes]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap)
    try:
        for value in values:
            producer.send(topic, key=key, value=value)
        producer.flush()
    finally:
        producer.close()


async def produce(bootstrap: str, topic: str, key: bytes, values: list[bytes]) -> None:
    await asyncio.to_thread(_produce_blocking, bootstrap, topic, key, values)
