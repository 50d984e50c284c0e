"""The first slice end to end, through HTTP, Kafka and FerretDB: campaign -> responses -> views."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from kit.settings import Settings
from tests.integration import needs_flow as flow
from tests.integration.needs_flow import NA_HAEO, open_campaign
from tests.integration.system import System, running_system
from tests.support.harness import eventually


@pytest.fixture
async def system(settings: Settings) -> AsyncIterator[System]:
    async with running_system(settings) as s:
        yield s


async def respond(system: System, campaign: str, school: str, esa: str = "loei-3") -> int:
    return (await flow.respond(system, campaign, school, esa)).status_code


async def test_responses_show_in_the_esa_and_province_views(system: System) -> None:
    # How fast is measured by bench/ (freshness p50/p99), not asserted here: timed tests flake.
    campaign = await open_campaign(system)
    officer = system.auth("provincial_officer", "loei")
    for school in NA_HAEO[:5]:
        assert await respond(system, campaign, school) == 200

    async def province() -> dict[str, Any]:
        r = await system.reporting.get(
            "/v1/provinces/loei/needs/response-rates", params={"year": 2569}, headers=officer
        )
        return r.json()  # type: ignore[no-any-return]

    view = await eventually(province, lambda v: v.get("responded") == 5, timeout_s=10)
    assert view["targets"] == 14 and view["rate"] == round(5 / 14, 4)
    loei3 = next(e for e in view["esas"] if e["esa"] == "loei-3")
    assert loei3["responded"] == 5 and {e["esa"] for e in view["esas"]} == {
        "loei-1",
        "loei-2",
        "loei-3",
    }

    r = await system.reporting.get(
        "/v1/esas/loei-3/needs/response-rates",
        params={"year": 2569},
        headers=system.auth("supervisor", "loei-3"),
    )
    mine = next(c for c in r.json()["campaigns"] if c["campaign_id"] == campaign)
    assert mine["responded"] == 5 and mine["not_responded"] == NA_HAEO[5:]
    assert mine["by_cluster"] == [
        {"cluster": "loei-3-nahaeo", "targets": 14, "responded": 5, "rate": round(5 / 14, 4)}
    ]


async def test_a_revision_does_not_count_a_school_twice(system: System) -> None:
    campaign = await open_campaign(system)
    for _ in range(3):
        assert await respond(system, campaign, NA_HAEO[0]) == 200
    sup = system.auth("supervisor", "loei-3")

    async def mine() -> dict[str, Any]:
        r = await system.reporting.get(
            "/v1/esas/loei-3/needs/response-rates", params={"year": 2569}, headers=sup
        )
        return next((c for c in r.json()["campaigns"] if c["campaign_id"] == campaign), {})

    await eventually(mine, lambda c: c.get("responded") == 1)

    async def needs_view() -> dict[str, Any]:
        r = await system.needs.get(f"/v1/esas/loei-3/campaigns/{campaign}", headers=sup)
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    await eventually(
        needs_view, lambda c: c.get("responses", {}).get(NA_HAEO[0], {}).get("revision") == 3
    )
    await asyncio.sleep(0.3)
    assert (await mine())["responded"] == 1


async def test_province_total_is_the_sum_of_its_esas(system: System) -> None:
    loei3 = await open_campaign(system)
    loei1 = await open_campaign(system, "loei-1", kind="all")
    for school in NA_HAEO[:4]:
        await respond(system, loei3, school)
    await respond(system, loei1, "1042000101", "loei-1")
    officer = system.auth("provincial_officer", "loei")

    async def province() -> dict[str, Any]:
        r = await system.reporting.get(
            "/v1/provinces/loei/needs/response-rates", params={"year": 2569}, headers=officer
        )
        return r.json()  # type: ignore[no-any-return]

    view = await eventually(province, lambda v: v.get("responded") == 5)
    assert view["targets"] == sum(e["targets"] for e in view["esas"]) == 14 + 6
    assert view["responded"] == sum(e["responded"] for e in view["esas"])
    for esa in view["esas"]:
        r = await system.reporting.get(
            f"/v1/esas/{esa['esa']}/needs/response-rates", params={"year": 2569}, headers=officer
        )
        assert (r.json()["targets"], r.json()["responded"]) == (esa["targets"], esa["responded"])


async def test_loei_users_cannot_see_rayong_campaigns_or_reports(system: System) -> None:
    rayong = await open_campaign(system, "rayong-2", kind="all")
    loei_sup = system.auth("supervisor", "loei-3")
    loei_officer = system.auth("provincial_officer", "loei")
    loei_school = system.auth("school", "1042060101")
    for headers in (loei_sup, loei_officer, loei_school):
        assert (
            await system.needs.get(f"/v1/esas/rayong-2/campaigns/{rayong}", headers=headers)
        ).status_code == 404
        assert (
            await system.needs.get("/v1/esas/rayong-2/campaigns", headers=headers)
        ).status_code == 404
        r = await system.reporting.get(
            "/v1/esas/rayong-2/needs/response-rates", params={"year": 2569}, headers=headers
        )
        assert r.status_code == 404
    r = await system.reporting.get(
        "/v1/provinces/rayong/needs/response-rates", params={"year": 2569}, headers=loei_officer
    )
    assert r.status_code == 404
    # and a Loei school cannot answer for a Rayong school
    r = await system.needs.put(
        f"/v1/esas/rayong-2/campaigns/{rayong}/responses/1021080101",
        json={"answers": flow.standard_answers()},
        headers=loei_school,
    )
    assert r.status_code == 404
