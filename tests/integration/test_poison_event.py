"""A poison event goes to the dead-letter topic with its error; the consumer carries on."""

from __future__ import annotations

from typing import Any

from kit.settings import Settings
from tests.integration.system import running_system
from tests.integration.test_needs_slice import NA_HAEO, open_campaign, respond
from tests.support.events import event
from tests.support.harness import eventually
from tests.support.kafka_tools import produce, read_all


async def test_a_poison_event_is_dead_lettered_and_later_events_still_apply(
    settings: Settings,
) -> None:
    async with running_system(settings) as system:
        campaign = await open_campaign(system)
        assert await respond(system, campaign, NA_HAEO[0]) == 200
        broken = event(
            f"response-{campaign}-x",
            1,
            type_="needs.SurveyResponseSubmitted",
            data={"school": "1042060102"},
        )  # no campaign_id: the projection fails on it
        await produce(
            settings.kafka_bootstrap,
            settings.topic("needs"),
            b"poison",
            [b"{not json", broken.to_json()],
        )
        assert await respond(system, campaign, NA_HAEO[1]) == 200

        sup = system.auth("supervisor", "loei-3")

        async def mine() -> dict[str, Any]:
            r = await system.reporting.get(
                "/v1/esas/loei-3/needs/response-rates", params={"year": 2569}, headers=sup
            )
            return next((c for c in r.json()["campaigns"] if c["campaign_id"] == campaign), {})

        await eventually(mine, lambda c: c.get("responded") == 2)

        topic = f"{settings.database_prefix}.readmodel.needs_response_rates.g1.deadletter"

        async def dead() -> list[Any]:
            return await read_all(settings.kafka_bootstrap, topic)

        letters = await eventually(dead, lambda d: len(d) == 2)
        errors = [dict(r.headers)["nithet-error"].decode() for r in letters]
        assert any("JSON" in e or "json" in e for e in errors)
        assert any("campaign_id" in e for e in errors)
        assert {r.value for r in letters} == {b"{not json", broken.to_json()}
