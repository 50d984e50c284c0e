"""Who may read what, over HTTP: every reporting route passes through one rule. A school's
staff read their school's own view, and get 403 on every report, view and export of their
ESA, province and the nation (they belong there, but those figures list other schools);
another school's view and another tenant's offices are not found (404)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from kit.settings import Settings
from services.reporting.main import create_app as reporting_app
from tests.support.esa_records import A, B, publish, records_history
from tests.support.harness import auth, eventually, serve

OFFICES = {"esa": "loei-3", "province": "loei", "school": A, "fmt": "xlsx"}
RAYONG = {"esa": "rayong-2", "province": "rayong", "school": "1021080101", "fmt": "pdf"}


@pytest.fixture
async def reporting(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    await publish(settings, records_history().events)
    async with serve(reporting_app(settings)) as client:
        supervisor = auth(settings, "supervisor", "loei-3")

        async def school_known() -> int:
            r = await client.get(
                f"/v1/views/schools/{B}", params={"year": 2569}, headers=supervisor
            )
            return r.status_code

        await eventually(school_known, lambda status: status == 200, timeout_s=120)
        yield client


def report_paths(client: httpx.AsyncClient, names: dict[str, str]) -> list[str]:
    """Every route of reporting but the school view, its path parameters filled in."""
    app = client._transport.app  # type: ignore[attr-defined]
    paths = [p for p in app.openapi()["paths"] if p.startswith("/v1/") and "{school}" not in p]
    return [re.sub(r"{(\w+)}", lambda m: names.get(m.group(1), m.group(1)), p) for p in paths]


async def status(client: httpx.AsyncClient, path: str, headers: dict[str, str]) -> int:
    method = client.post if path.endswith("/rebuild") else client.get
    r = await method(path, params={"year": 2569, "semester": 1}, headers=headers)
    return r.status_code


async def test_a_school_reads_its_own_view_and_is_refused_the_rest(
    settings: Settings, reporting: httpx.AsyncClient
) -> None:
    school = auth(settings, "school", A)
    assert await status(reporting, f"/v1/views/schools/{A}", school) == 200
    assert await status(reporting, f"/v1/views/schools/{B}", school) == 404
    refused = {p: await status(reporting, p, school) for p in report_paths(reporting, OFFICES)}
    assert set(refused.values()) == {403}, refused
    rayong = [
        p for p in report_paths(reporting, RAYONG) if "/nation" not in p and "/admin" not in p
    ]
    elsewhere = {p: await status(reporting, p, school) for p in rayong}
    assert elsewhere and set(elsewhere.values()) == {404}, elsewhere


async def test_staff_over_the_school_read_its_view_and_other_tenants_do_not(
    settings: Settings, reporting: httpx.AsyncClient
) -> None:
    for role, scope, expected in (
        ("supervisor", "loei-3", 200),
        ("supervisor", "loei-3-nahaeo", 200),  # the supervisor of its cluster
        ("provincial_officer", "loei", 200),
        ("supervisor", "rayong-2", 404),
        ("school", "1021080101", 404),
    ):
        headers = auth(settings, role, scope)
        assert await status(reporting, f"/v1/views/schools/{A}", headers) == expected, role
    cluster = auth(settings, "supervisor", "loei-3-nahaeo")
    assert await status(reporting, "/v1/esas/loei-3/supervision/coverage", cluster) == 403
    supervisor = auth(settings, "supervisor", "loei-3")
    for path in ("/v1/esas/loei-3/supervision/coverage", "/v1/views/esas/loei-3"):
        assert await status(reporting, path, supervisor) == 200, path
    policy = auth(settings, "policy_committee", "th")
    assert await status(reporting, "/v1/views/esas/loei-9", policy) == 404  # no such ESA
    assert await status(reporting, "/v1/provinces/nowhere/needs/service", policy) == 404
