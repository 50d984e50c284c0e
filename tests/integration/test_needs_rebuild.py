"""Every needs read model rebuilt from the event history equals the one kept live.

A year of needs work goes through the API; once the live views show all of it, reporting's
needs models are rebuilt through the admin API and the needs service's own records view with
`kit.readmodel.rebuild`; documents and answers are the same before and after.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from kit.mongo import connect
from kit.readmodel.rebuild import rebuild
from kit.readmodel.store import ReadModelStore, collection_name
from kit.settings import Settings
from services.needs.adapters.projections.records import NeedsRecords
from tests.integration.needs_flow import (
    NA_HAEO,
    START,
    open_campaign,
    respond,
    system_on_a_fixed_day,
)
from tests.integration.system import System
from tests.support.harness import eventually
from tests.support.infra import Infra

pytestmark = pytest.mark.infra
PATIENCE = 60  # seconds a view may take on a busy machine (speed is benchmarked elsewhere)
ESA = "/v1/esas/loei-3"
MODELS = ["needs_response_rates", "needs_ranking", "needs_production", "needs_service"]
VIEWS = ["response-rates", "non-respondents", "ranking", "production", "service"]


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[System]:
    async with system_on_a_fixed_day(infra) as (s, _clock):
        yield s


async def a_year_of_work(system: System) -> None:
    sup, a = system.auth("supervisor", "loei-3"), system.auth("school", NA_HAEO[0])
    campaign = await open_campaign(system, today=START.date())
    for school in NA_HAEO[:3]:
        assert (await respond(system, campaign, school)).status_code == 200
    base = f"{ESA}/campaigns/{campaign}"
    assert (
        await system.needs.post(
            f"{base}/responses/{NA_HAEO[0]}/return", json={"reason": "แก้ไข"}, headers=sup
        )
    ).status_code == 200
    assert (await respond(system, campaign, NA_HAEO[0], devices_needed=30)).status_code == 200
    assert (await system.needs.post(f"{base}/close", headers=sup)).status_code == 200
    production = {
        "title": "ชุดกิจกรรม",
        "kind": "innovation",
        "subject": "science",
        "grade_levels": ["p6"],
        "authors": [{"name": "นายสมหมาย ตัวอย่าง"}],
    }
    r = await system.needs.post(
        f"{ESA}/schools/{NA_HAEO[0]}/productions", json=production, headers=a
    )
    scores = [
        {"indicator": i, "score": 2}
        for i in (
            "curriculum",
            "design",
            "usability",
            "effectiveness",
            "creativity",
            "dissemination",
        )
    ]
    pid = r.json()["production_id"]
    assert (
        await system.needs.post(
            f"{ESA}/productions/{pid}/evaluation", json={"scores": scores}, headers=sup
        )
    ).status_code == 200
    r = await system.needs.post(
        f"{ESA}/schools/{NA_HAEO[0]}/service-requests",
        json={"kind": "advice", "details": "ขอคำแนะนำ"},
        headers=a,
    )
    rid = r.json()["request_id"]
    for step in ("accept", "fulfil"):
        assert (
            await system.needs.post(f"{ESA}/service-requests/{rid}/{step}", json={}, headers=sup)
        ).status_code == 200
    assert (
        await system.needs.post(
            f"{ESA}/service-requests/{rid}/rating", json={"rating": 3}, headers=a
        )
    ).status_code == 200
    improvement = {"finding": "ตอบช้า", "action": "ตั้งผู้รับผิดชอบรายวัน", "request_ids": [rid]}
    assert (
        await system.needs.post(f"{ESA}/service-improvements", json=improvement, headers=sup)
    ).status_code == 201


async def answers(system: System) -> dict[str, Any]:
    """Every needs view at the three levels, as reporting answers them now."""
    admin, out = system.auth("admin", "th"), {}
    for view in VIEWS:
        for path in (
            f"/v1/esas/loei-3/needs/{view}",
            f"/v1/provinces/loei/needs/{view}",
            f"/v1/nation/needs/{view}",
        ):
            params = {"year": 2569} | ({"on": "2026-07-01"} if view == "service" else {})
            out[path] = (await system.reporting.get(path, params=params, headers=admin)).json()
    return out


async def caught_up(client: Any, headers: dict[str, str], models: list[str]) -> bool:
    r = await client.get("/readyz", headers=headers)
    status = r.json()["checks"]["read_models"]["read_models"]
    return all(
        status[m].get("consumer_lag_records") == 0 and status[m].get("events_applied")
        for m in models
    )


def documents(settings: Settings, service: str) -> Any:
    return connect(settings.mongo_url, "test")[settings.database(service)]


async def generation(db: Any, model: str, number: int) -> dict[str, dict[str, Any]]:
    return {d["_id"]: d for d in await db[collection_name(model, number)].find({}).to_list(None)}


async def test_rebuilt_needs_views_equal_the_live_ones(system: System) -> None:
    await a_year_of_work(system)
    admin = system.auth("admin", "th")

    def complete(a: dict[str, Any]) -> bool:
        service = a["/v1/esas/loei-3/needs/service"]
        return (
            a["/v1/esas/loei-3/needs/response-rates"].get("responded") == 3
            and a["/v1/esas/loei-3/needs/production"].get("evaluated") == 1
            and service.get("ratings") == 1
            and service.get("improvements") == 1
        )

    await eventually(lambda: answers(system), complete, timeout_s=PATIENCE)
    await eventually(lambda: caught_up(system.reporting, admin, MODELS), bool, timeout_s=PATIENCE)
    await eventually(
        lambda: caught_up(system.needs, admin, [NeedsRecords.name]), bool, timeout_s=PATIENCE
    )
    before = await answers(system)

    for model in MODELS:
        r = await system.reporting.post(f"/v1/admin/read-models/{model}/rebuild", headers=admin)
        assert r.status_code == 202, r.text

    async def phases() -> dict[str, str]:
        r = await system.reporting.get("/v1/admin/read-models", headers=admin)
        return {m: p["phase"] for m, p in r.json()["rebuilds"].items()}

    await eventually(phases, lambda p: all(p.get(m) == "switched" for m in MODELS), timeout_s=60)
    db = documents(system.settings, "reporting")
    for model in MODELS:
        live = await generation(db, model, 1)
        assert live and await generation(db, model, 2) == live, model
    assert await answers(system) == before

    needs_db = documents(system.settings, "needs")
    store = ReadModelStore(needs_db, system.settings.database_prefix, system.settings.topic_prefix)
    result = await rebuild(NeedsRecords(), store, system.settings.kafka_bootstrap)
    assert result.documents > 0 and result.progress.phase == "switched"
    live = await generation(needs_db, NeedsRecords.name, 1)
    assert (
        len(live) == result.documents and await generation(needs_db, NeedsRecords.name, 2) == live
    )
