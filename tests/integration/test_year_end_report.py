"""The year-end report downloaded over HTTP from reporting's live read models (Kafka, FerretDB)
equals the report of the same events folded in memory: every process, every ESA, every figure."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook

from kit.messaging.publisher import KafkaPublisher
from kit.messaging.records import event_record
from kit.settings import Settings
from services.reporting.application.yearend import YearEndReport
from services.reporting.application.yearend_report import year_end_report
from services.reporting.main import create_app as reporting_app
from tests.support.harness import auth, eventually, serve
from tests.unit.reporting.year_end_year import store_of, year_events

PATH = "/v1/reports/provinces/loei/year-end"


@pytest.fixture
async def reporting(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with serve(reporting_app(settings)) as client:
        yield client


def summary_of(report: YearEndReport) -> list[tuple[str, Any]]:
    return [(f.label, "-" if f.value is None else f.value) for p in report.parts for f in p.figures]


async def test_the_province_report_from_the_live_read_models_matches_the_folded_events(
    settings: Settings, reporting: httpx.AsyncClient
) -> None:
    publisher = KafkaPublisher(settings.kafka_bootstrap, "test-year-end")
    events = await year_events()
    await publisher.publish([event_record(e, settings.topic_prefix) for e in events])
    await publisher.close()
    officer = auth(settings, "provincial_officer", "loei")
    now = datetime.now(UTC)  # the route measures overdue figures now: so does the expectation
    expected = await year_end_report(store_of(events), "province", "loei", 2569, None, now)

    async def summary() -> list[tuple[str, Any]]:
        r = await reporting.get(f"{PATH}.xlsx", params={"year": 2569}, headers=officer)
        if r.status_code == 404:  # the province is not in the organisation read model yet
            return []
        assert r.status_code == 200, r.text
        wb = await asyncio.to_thread(load_workbook, io.BytesIO(r.content))
        rows = wb["สรุป"].iter_rows(min_row=6, values_only=True)
        return [(r[0], r[1]) for r in rows if len(r) > 1 and r[1] is not None and r[1] != "ผล"]

    got = await eventually(summary, lambda s: s == summary_of(expected), 120, 1.0)
    assert ("โรงเรียนเป้าหมาย", 9) in got and ("คำขอความเห็นชอบหลักสูตรทั้งหมด", 3) in got
    r = await reporting.get(f"{PATH}.pdf", params={"year": 2569}, headers=officer)
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    assert 'filename="year-end-loei-2569.pdf"' in r.headers["content-disposition"]
