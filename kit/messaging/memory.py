"""An in-memory broker with the publisher's interface, for fast tests without Kafka."""

from __future__ import annotations

import json
from collections import defaultdict

from kit.messaging.records import Delivery, Position, Record


class InMemoryBroker:
    def __init__(self, partitions: int = 4) -> None:
        self._partitions = partitions
        self.topics: dict[str, list[list[Delivery]]] = defaultdict(
            lambda: [[] for _ in range(self._partitions)]
        )
        self.fail_next = 0  # make the next N publish calls fail (outage simulation)

    async def publish(self, records: list[Record]) -> list[Position]:
        if self.fail_next:
            self.fail_next -= 1
            raise ConnectionError("broker unavailable (simulated)")
        positions = []
        for r in records:
            partition = hash(r.key) % self._partitions
            log = self.topics[r.topic][partition]
            log.append(Delivery(r.topic, partition, len(log), r.key, r.value, list(r.headers), 0))
            positions.append(Position(r.topic, partition, len(log) - 1))
        return positions

    async def event_ids_after(
        self, starts: dict[tuple[str, int], int], topics: list[str]
    ) -> set[str]:
        """The ids of the events that stand in the topics at or after the given offsets."""
        return {
            str(json.loads(d.value)["id"])
            for topic in topics
            for partition, log in enumerate(self.topics[topic])
            for d in log[starts.get((topic, partition), 0) :]
        }

    async def close(self) -> None:
        return None

    def deliveries(self, topic: str) -> list[Delivery]:
        """Every record of a topic, partition by partition (each partition in order)."""
        return [d for log in self.topics[topic] for d in log]
