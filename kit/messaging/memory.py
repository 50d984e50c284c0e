"""An in-memory broker with the publisher's interface, for fast tests without Kafka."""

from __future__ import annotations

from collections import defaultdict

from kit.messaging.records import Delivery, Record


class InMemoryBroker:
    def __init__(self, partitions: int = 4) -> None:
        self._partitions = partitions
        self.topics: dict[str, list[list[Delivery]]] = defaultdict(
            lambda: [[] for _ in range(self._partitions)]
        )
        self.fail_next = 0  # make the next N publish calls fail (outage simulation)

    async def publish(self, records: list[Record]) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise ConnectionError("broker unavailable (simulated)")
        for r in records:
            partition = hash(r.key) % self._partitions
            log = self.topics[r.topic][partition]
            log.append(Delivery(r.topic, partition, len(log), r.key, r.value, list(r.headers), 0))

    async def close(self) -> None:
        return None

    def deliveries(self, topic: str) -> list[Delivery]:
        """Every record of a topic, partition by partition (each partition in order)."""
        return [d for log in self.topics[topic] for d in log]
