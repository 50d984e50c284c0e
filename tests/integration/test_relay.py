"""The outbox relay on real Kafka: killed mid-batch, nothing is lost and nothing is published twice."""

from __future__ import annotations

import asyncio
from typing import Any

from kit.messaging.publisher import KafkaPublisher
from kit.messaging.records import Position, Record
from kit.settings import Settings
from services.needs.main import create_app as needs_app
from tests.integration.system import running_system
from tests.integration.test_needs_slice import NA_HAEO, open_campaign, respond
from tests.support.harness import eventually, serve
from tests.support.kafka_tools import read_all


class RelayKilled(BaseException):
    """Ends the relay task the way a killed process would: no cleanup, no retry."""


class DyingPublisher:
    """Kafka unreachable until the gate opens and a batch holds the whole backlog; then it
    publishes part of that batch for real and dies."""

    uses_kafka = True

    def __init__(self, kafka: KafkaPublisher, survive: int, backlog: int) -> None:
        self.kafka, self.survive, self.backlog = kafka, survive, backlog
        self.gate = asyncio.Event()
        self.batches: list[int] = []

    async def publish(self, records: list[Record]) -> list[Position]:
        if not self.gate.is_set() or len(records) < self.backlog:
            raise ConnectionError("Kafka unreachable (held back by the test)")
        self.batches.append(len(records))
        await self.kafka.publish(records[: self.survive])
        raise RelayKilled()

    async def close(self) -> None:
        await self.kafka.close()


async def test_a_relay_killed_mid_batch_loses_nothing_and_publishes_nothing_twice(
    settings: Settings,
) -> None:
    settings = settings.model_copy(update={"relay_lease_seconds": 2.0})
    kafka = KafkaPublisher(settings.kafka_bootstrap, "dying")
    dying = DyingPublisher(kafka, survive=6, backlog=16)  # the template, the campaign, 14 answers
    async with running_system(settings, publisher=dying) as system:
        campaign = await open_campaign(system)
        for school in NA_HAEO:
            assert await respond(system, campaign, school) == 200
        dying.gate.set()  # the next whole batch: 6 of its records published, then the relay dies
        await eventually(lambda: _value(dying.batches), lambda b: bool(b))

        # A new needs replica (same store) takes over once the dead relay's lease expires.
        async with serve(needs_app(settings)):
            officer = system.auth("provincial_officer", "loei")

            async def province() -> dict[str, Any]:
                r = await system.reporting.get(
                    "/v1/provinces/loei/needs/response-rates",
                    params={"year": 2569},
                    headers=officer,
                )
                return r.json()  # type: ignore[no-any-return]

            view = await eventually(province, lambda v: v.get("responded") == 14, timeout_s=30)
            assert view["targets"] == 14

    records = await read_all(settings.kafka_bootstrap, settings.topic("needs"))
    ours = [r for r in records if campaign.encode() in r.value]
    ids = [r.value.split(b'"id":"', 1)[1][:36] for r in ours]
    assert len(set(ids)) == 15  # every event reached Kafka...
    assert len(ids) == 15  # ...once: the new relay found the 6 published before the kill


async def _value(x: Any) -> Any:
    return x
