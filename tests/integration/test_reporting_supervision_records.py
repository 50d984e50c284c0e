"""Training, partner cooperation and dissemination through Kafka: the supervision service's
events reach reporting's read models, and the routes, the unified view's supervision section,
a school's own view and the year-end report show them; a province is the sum of its ESAs."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook

from kit.settings import Settings
from services.reporting.main import create_app as reporting_app
from tests.support.esa_records import A, publish, records_history
from tests.support.harness import auth, eventually, serve


@pytest.fixture
async def reporting(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    await publish(settings, records_history().events)
    async with serve(reporting_app(settings)) as client:
        yield client


async def test_the_records_reach_the_reports_views_and_the_year_end_report(
    settings: Settings, reporting: httpx.AsyncClient
) -> None:
    officer = auth(settings, "provincial_officer", "loei")
    year = {"year": 2569}

    async def get(path: str, headers: dict[str, str] = officer) -> Any:
        r = await reporting.get(path, params=year, headers=headers)
        return r.json() if r.status_code == 200 else {}

    loei = await eventually(
        lambda: get("/v1/provinces/loei/supervision/dissemination"),
        lambda v: v.get("records") == 3,
        timeout_s=120,
    )
    training = await eventually(
        lambda: get("/v1/provinces/loei/supervision/training"),
        lambda v: v.get("participants") == 8,
    )
    assert (training["trainings"], training["hours"], training["schools_reached"]) == (3, 11.5, 4)
    assert [e["trainings"] for e in training["esas"]] == [1, 0, 2]
    assert loei["reach"] == sum(e["reach"] for e in loei["esas"]) == 1550
    partners = await get(
        "/v1/esas/loei-3/supervision/partnerships", auth(settings, "supervisor", "loei-3")
    )
    assert (partners["partnerships"], partners["schools_supported"]) == (2, 2)
    assert partners["cooperations"][0]["partner"] == "องค์การบริหารส่วนจังหวัดเลย"
    nation = await get("/v1/views/nation", auth(settings, "policy_committee", "th"))
    figures = nation["sections"]["supervision"]["figures"]
    assert (figures["training.trainings"], figures["dissemination.records"]) == (3, 3)
    own = await get(f"/v1/views/schools/{A}", auth(settings, "school", A))
    assert own["sections"]["supervision"]["trainings_attended"] == 2
    r = await reporting.get(
        "/v1/reports/provinces/loei/year-end.xlsx", params=year, headers=officer
    )
    assert r.status_code == 200, r.text
    wb = await asyncio.to_thread(load_workbook, io.BytesIO(r.content))
    rows = {row[0]: row[1] for row in wb["8 ความร่วมมือ (แบบ 7)"].iter_rows(values_only=True)}
    assert rows["การประสานความร่วมมือที่บันทึก"] == 3
