"""A rebuild never interrupts reads: every answer during it is complete, old or new."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import httpx
import pytest

from kit.messaging.publisher import KafkaPublisher
from kit.messaging.records import event_record
from kit.settings import Settings
from services.reporting.main import create_app as reporting_app
from tests.support.harness import auth, eventually, serve
from tests.support.histories import History

SCHOOLS = 900
CAMPAIGNS = 12


def national_slice() -> tuple[History, tuple[int, int]]:
    """One province, three ESAs, 900 schools, 12 campaigns: a few thousand events."""
    h = History()
    h.province("loei", "เลย")
    clusters = []
    for n in (1, 2, 3):
        h.esa(f"loei-{n}", "loei")
        h.cluster(f"loei-{n}-c", f"loei-{n}", "loei")
        clusters.append((f"loei-{n}", f"loei-{n}-c"))
    placed = {f"10420{s:05d}": clusters[s % 3] for s in range(SCHOOLS)}
    for school, (esa, cluster) in placed.items():
        h.school(school, esa, cluster, "loei")
    responded = 0
    for c in range(CAMPAIGNS):
        esa, _ = clusters[c % 3]
        targets = {s: cl for s, (e, cl) in placed.items() if e == esa}
        campaign = h.campaign(esa, "loei", targets, closes_on=date(2026, 9, 30))
        for i, school in enumerate(sorted(targets)):
            if (i + c) % 5:
                h.respond(campaign, esa, "loei", school, targets[school])
                responded += 1
            if i % 7 == 0 and (i + c) % 5:
                h.respond(campaign, esa, "loei", school, targets[school], revision=2)
    return h, (CAMPAIGNS * SCHOOLS // 3, responded)


@pytest.fixture
async def reporting(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with serve(reporting_app(settings)) as client:
        yield client


async def test_queries_during_a_rebuild_always_see_a_whole_generation(
    settings: Settings, reporting: httpx.AsyncClient
) -> None:
    history, expected = national_slice()
    publisher = KafkaPublisher(settings.kafka_bootstrap, "test-history")
    await publisher.publish([event_record(e, settings.topic_prefix) for e in history.events])
    await publisher.close()
    officer = auth(settings, "provincial_officer", "loei")
    admin = auth(settings, "admin", "th")

    async def figures() -> tuple[int, int]:
        r = await reporting.get("/v1/views/provinces/loei", params={"year": 2569}, headers=officer)
        needs = r.json()["sections"]["needs"] if r.status_code == 200 else {}
        return needs.get("targets", 0), needs.get("responded", 0)

    await eventually(figures, lambda f: f == expected, timeout_s=90)
    r = await reporting.post("/v1/admin/read-models/needs_esa_summary/rebuild", headers=admin)
    assert r.status_code == 202, r.text
    answers: list[tuple[int, int]] = []

    async def status() -> dict[str, Any]:
        body = (await reporting.get("/v1/admin/read-models", headers=admin)).json()
        return body["rebuilds"]["needs_esa_summary"]  # type: ignore[no-any-return]

    async def keep_asking() -> None:
        while (await status())["phase"] not in ("switched",) and len(answers) < 10_000:
            assert not (await status())["phase"].startswith("failed")
            answers.append(await figures())

    await asyncio.gather(keep_asking(), keep_asking())
    answers.append(await figures())
    assert len(answers) > 2 and set(answers) == {expected}
    done = await status()
    needs_events = [e for e in history.events if e.type.startswith("needs.")]
    assert len(needs_events) > 3000 and done["events_done"] == len(needs_events)
    assert done["generation"] == 2

    async def generation() -> int | None:
        body = (await reporting.get("/v1/admin/read-models", headers=admin)).json()
        model = next(m for m in body["read_models"] if m["model"] == "needs_esa_summary")
        return model.get("generation")

    await eventually(generation, lambda g: g == 2)
    assert await figures() == expected
