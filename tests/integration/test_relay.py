"""The outbox relay on real Kafka: killed mid-batch, nothing is lost and nothing counted twice."""

from __future__ import annotations

import asyncio
from typing import Any

from kit.messaging.publisher import KafkaPublisher
from kit.messaging.records import Record
from kit.settings import Settings
from services.needs.main import create_app as needs_app
from tests.integration.system import running_system
from tests.integration.test_needs_slice import NA_HAEO, open_campaign, respond
from tests.support.harness import eventually, serve
from tests.support.kafka_tools import read_all


class RelayKilled(BaseException):
    """Ends the relay task the way a killed process would: no cleanup, no retry."""


class DyingPublisher:
    """Kafka while the gate is open; then publishes part of one batch for real and dies."""

    uses_kafka = True

    def __init__(self, kafka: KafkaPublisher, survive: int) -> None:
        self.kafka, self.survive = kafka, survive
        self.gate = asyncio.Event()
        self.batches: list[int] = []

    async def publish(self, records: list[Record]) -> None:
        if not self.gate.is_set():
            raise ConnectionError("Kafka unreachable (held back by the test)")
        self.batches.append(len(records))
        await self.kafka.publish(records[: self.survive])
        raise RelayKilled()

    async def close(self) -> None:
        await self.kafka.close()


async def test_a_relay_killed_mid_batch_loses_nothing_and_counts_nothing_twice(
    settings: Settings,
) -> None:
    settings = settings.model_copy(update={"relay_lease_seconds": 2.0})
    dying = DyingPublisher(KafkaPublisher(settings.kafka_bootstrap, "dying"), survive=6)
    async with running_system(settings, publisher=dying) as system:
        campaign = await open_campaign(system)
        for school in NA_HAEO:
            assert await respond(system, campaign, school) == 200
        dying.gate.set()  # the next round publishes 6 records of its batch, then the relay dies
        await eventually(lambda: _value(dying.batches), lambda b: bool(b))
        assert dying.batches[0] >= 15  # the campaign and 14 responses were pending in one batch

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
    assert len(ids) > 15  # ...some twice (published before the kill, again after): counted once


async def _value(x: Any) -> Any:
    return x
