"""Reporting's views of steps 3 and 5 (model media sent, follow-ups of the use of media),
folded from a year of needs work made by the real handlers, at ESA, province and nation."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from kit.events import CloudEvent
from kit.readmodel.projector import fold
from kit.settings import Settings
from services.reporting.application.needs_followups import followups
from services.reporting.application.needs_model_media import model_media
from services.reporting.application.needs_steps_section import steps_section
from services.reporting.main import create_app
from services.reporting.projections.needs_media_followups import NeedsMediaFollowups
from services.reporting.projections.needs_model_media import NeedsModelMedia
from tests.support.harness import auth
from tests.unit.needs.memory import MemoryViews, interleaved
from tests.unit.needs.year import run_year

SETTINGS = Settings(environment="test")


def organisation() -> list[dict[str, Any]]:
    esas = [("loei", "loei-1"), ("loei", "loei-3"), ("rayong", "rayong-2")]
    return [
        {"_id": f"province:{p}", "kind": "province", "province": p} for p in ("loei", "rayong")
    ] + [{"_id": f"esa:{e}", "kind": "esa", "province": p, "esa": e} for p, e in esas]


@pytest.fixture(scope="module")
async def events() -> list[CloudEvent]:
    return await (await run_year()).events()


@pytest.fixture(scope="module")
def store(events: list[CloudEvent]) -> MemoryViews:
    views = MemoryViews()
    views.put("reporting_organisation", organisation())
    for projection in (NeedsModelMedia(), NeedsMediaFollowups()):
        views.fold(projection, events)
    return views


async def test_an_esa_counts_the_schools_sent_reached_and_acknowledging(store: MemoryViews) -> None:
    esa = await model_media(store, "esa", "loei-3", 2569)
    assert (esa["dispatches"], esa["media_items"], esa["schools_sent"], esa["received"]) == (
        1,
        1,
        3,
        1,
    )
    assert esa["schools_reached"] == 3 and esa["receipt_rate"] == round(1 / 3, 4)
    assert {r["channel"]: r["dispatches"] for r in esa["by_channel"]}["in_person"] == 1
    assert (await model_media(store, "esa", "loei-3", 2569, semester=2))["dispatches"] == 0


async def test_a_province_is_the_sum_of_its_esas_and_the_nation_of_its_provinces(
    store: MemoryViews,
) -> None:
    loei = await model_media(store, "province", "loei", 2569)
    assert [e["esa"] for e in loei["esas"]] == ["loei-1", "loei-3"]
    assert sum(e["received"] for e in loei["esas"]) == loei["received"] == 1
    nation = await followups(store, "nation", "th", 2569)
    assert [p["province"] for p in nation["provinces"]] == ["loei", "rayong"]
    assert nation["followups"] == sum(p["followups"] for p in nation["provinces"]) == 1


async def test_follow_ups_count_schools_levels_and_what_was_found_in_use(
    store: MemoryViews,
) -> None:
    esa = await followups(store, "esa", "loei-3", 2569)
    assert (esa["followups"], esa["schools_followed"], esa["uses_found"]) == (1, 1, 3)
    assert esa["in_use_rate"] == round(2 / 3, 4)
    assert {r["level"]: r["count"] for r in esa["by_level"]}["excellent"] == 1
    assert {r["use"]: r["count"] for r in esa["by_use"]} == {
        "in_use": 2,
        "partly": 1,
        "not_used": 0,
    }


async def test_the_section_gives_headline_figures_and_thai_tables(store: MemoryViews) -> None:
    section = await steps_section(store, "province", "loei", 2569, None)
    assert (section["model_media_sent"], section["media_followups"]) == (1, 1)
    assert section["model_media_receipt_rate"] == round(1 / 3, 4)
    assert {"ช่องทางการส่ง", "จำนวนครั้งที่ส่ง"} == set(section["model_media_rows"][0])


async def test_the_views_do_not_depend_on_the_order_of_streams(events: list[CloudEvent]) -> None:
    for projection in (NeedsModelMedia(), NeedsMediaFollowups()):
        expected = fold(projection, events).docs
        for seed in range(5):
            mixed = interleaved(events, seed)
            assert fold(projection, mixed + mixed[:10]).docs == expected


@pytest.fixture
def reporting(store: MemoryViews) -> httpx.AsyncClient:
    """Reporting's routes reading the folded documents (no Kafka, no FerretDB)."""
    app = create_app(SETTINGS)

    async def store_for(perspective: Any) -> MemoryViews:
        return store

    app.state.reporting = SimpleNamespace(reads=store, store_for=store_for)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


async def test_the_routes_answer_their_declared_models_to_those_who_may_read_them(
    reporting: httpx.AsyncClient,
) -> None:
    year = {"year": 2569}
    sup = auth(SETTINGS, "supervisor", "loei-3")
    r = await reporting.get("/v1/esas/loei-3/needs/model-media", params=year, headers=sup)
    assert r.status_code == 200 and (r.json()["dispatches"], r.json()["received"]) == (1, 1)
    officer = auth(SETTINGS, "provincial_officer", "loei")
    r = await reporting.get(
        "/v1/provinces/loei/needs/media-followups", params=year, headers=officer
    )
    assert r.status_code == 200 and [e["esa"] for e in r.json()["esas"]] == ["loei-1", "loei-3"]
    school = auth(SETTINGS, "school", "1042060101")
    r = await reporting.get("/v1/esas/loei-3/needs/media-followups", params=year, headers=school)
    assert r.status_code == 403
    rayong = auth(SETTINGS, "provincial_officer", "rayong")
    r = await reporting.get("/v1/provinces/loei/needs/model-media", params=year, headers=rayong)
    assert r.status_code == 404
