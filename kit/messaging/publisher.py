"""Publishing records to Kafka without blocking the event loop.

kafka-python's producer is thread-safe and `send()` only buffers, but `flush()` blocks, so a
batch is sent and flushed in a worker thread. The producer is idempotent with acks=all (the
3.0 default), which keeps per-partition order across retries.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from kit.messaging.records import Position, Record


class Publisher(Protocol):
    async def publish(self, records: list[Record]) -> list[Position]:
        """Returns once every record is acknowledged (with where each one stands); raises if
        any is not, in which case some of them may stand in the log all the same."""
        ...

    async def close(self) -> None: ...


class KafkaPublisher:
    uses_kafka = True  # the runtime creates topics and checks the broker for such publishers

    def __init__(self, bootstrap: str, client_id: str, timeout_s: float = 10.0) -> None:
        self._bootstrap, self._client_id, self._timeout = bootstrap, client_id, timeout_s
        self._producer: Any = None

    def _ensure(self) -> Any:
        if self._producer is None:
            from kafka import KafkaProducer

            self._producer = KafkaProducer(
                bootstrap_servers=self._bootstrap,
                client_id=self._client_id,
                linger_ms=2,
                max_block_ms=int(self._timeout * 1000),
                request_timeout_ms=int(self._timeout * 1000),
                delivery_timeout_ms=int(self._timeout * 2000),
                reconnect_backoff_max_ms=2000,
            )
        return self._producer

    def _publish_blocking(self, records: list[Record]) -> list[Position]:
        producer = self._ensure()
        futures = [
            producer.send(r.topic, key=r.key, value=r.value, headers=r.headers) for r in records
        ]
        producer.flush(timeout=self._timeout)
        acks = [future.get(timeout=self._timeout) for future in futures]
        return [Position(a.topic, a.partition, a.offset) for a in acks]

    async def publish(self, records: list[Record]) -> list[Position]:
        if not records:
            return []
        return await asyncio.to_thread(self._publish_blocking, records)

    async def close(self) -> None:
        if self._producer is not None:
            producer, self._producer = self._producer, None
            await asyncio.to_thread(producer.close, 5)
