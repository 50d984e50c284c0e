"""Kafka stopped and restarted while commands keep arriving: all accepted, all counted once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nithet import servers
from tests.integration.system import running_system
from tests.integration.test_needs_slice import NA_HAEO, open_campaign, respond
from tests.support.harness import deployment_settings, eventually
from tests.support.infra import Infra


@pytest.fixture(scope="module")
def own_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    """A broker of this module's own, so that stopping it disturbs no other test."""
    folder = Path(tmp_path_factory.mktemp("kafka-outage"))
    broker = servers.start(
        servers.kafka(folder / "kafka", servers.free_port(), servers.free_port())
    )
    yield broker
    servers.stop(broker)


async def test_commands_are_accepted_while_kafka_is_down_and_arrive_once_it_is_back(
    infra: Infra, own_kafka: servers.Server
) -> None:
    settings = deployment_settings(own_kafka.address, infra.mongo_url)
    async with running_system(settings) as system:
        campaign = await open_campaign(system)
        for school in NA_HAEO[:4]:
            assert await respond(system, campaign, school) == 200

        servers.stop(own_kafka, hard=True)  # kill -9 of the broker
        for school in NA_HAEO[4:]:
            assert await respond(system, campaign, school) == 200  # accepted while Kafka is down
        ready = await system.needs.get("/readyz")
        assert ready.status_code == 503 and not ready.json()["checks"]["kafka"]["ok"]

        servers.start(own_kafka)
        for school in NA_HAEO[:2]:  # revisions after the restart, too
            assert await respond(system, campaign, school) == 200
        officer = system.auth("provincial_officer", "loei")

        async def province() -> dict[str, Any]:
            r = await system.reporting.get(
                "/v1/provinces/loei/needs/response-rates", params={"year": 2569}, headers=officer
            )
            return r.json()  # type: ignore[no-any-return]

        view = await eventually(province, lambda v: v.get("responded") == 14, timeout_s=90)
        assert view["targets"] == 14
        assert (await system.needs.get("/readyz")).status_code == 200
