"""Unified views, "as of" views, organisation then/now and year-end reports, over HTTP."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook

from kit.settings import Settings
from tests.integration import needs_flow as flow
from tests.integration.system import System, running_system
from tests.support.harness import eventually

NA_HAEO = [f"10420601{n:02d}" for n in range(1, 15)]


@pytest.fixture
async def system(settings: Settings) -> AsyncIterator[System]:
    async with running_system(settings) as s:
        yield s


async def open_campaign(system: System, esa: str = "loei-3") -> str:
    return await flow.open_campaign(system, esa)


async def respond(system: System, campaign: str, school: str) -> None:
    r = await flow.respond(system, campaign, school)
    assert r.status_code == 200, r.text


async def view(system: System, path: str, role: str, scope: str, **params: Any) -> Any:
    r = await system.reporting.get(
        f"/v1/views/{path}", params={"year": 2569, **params}, headers=system.auth(role, scope)
    )
    assert r.status_code == 200, r.text
    return r.json()


def needs_of(answer: dict[str, Any]) -> tuple[int, int]:
    return answer["sections"]["needs"]["targets"], answer["sections"]["needs"]["responded"]


async def test_the_three_levels_answer_from_the_same_figures(system: System) -> None:
    campaign = await open_campaign(system)
    for school in NA_HAEO[:4]:
        await respond(system, campaign, school)

    async def province() -> Any:
        return await view(system, "provinces/loei", "provincial_officer", "loei")

    loei = await eventually(province, lambda v: needs_of(v) == (14, 4))
    assert [e["esa"] for e in loei["esas"]] == ["loei-1", "loei-2", "loei-3"]
    assert [needs_of(e) for e in loei["esas"]] == [(0, 0), (0, 0), (14, 4)]
    esa = await view(system, "esas/loei-3", "supervisor", "loei-3")
    assert needs_of(esa) == (14, 4) and esa["name_th"].endswith("เลย เขต 3")
    assert esa["sections"]["needs"]["by_cluster"][0]["cluster"] == "loei-3-nahaeo"
    nation = await view(system, "nation", "policy_committee", "th")
    assert needs_of(nation) == (14, 4)
    assert {p["province"]: needs_of(p) for p in nation["provinces"]} == {
        "loei": (14, 4),
        "rayong": (0, 0),
    }


async def test_views_are_scoped_like_every_other_read(system: System) -> None:
    loei_officer = system.auth("provincial_officer", "loei")
    supervisor = system.auth("supervisor", "loei-3")
    cases = [
        ("esas/rayong-2", loei_officer, 404),
        ("provinces/rayong", loei_officer, 404),
        ("provinces/loei", supervisor, 403),
        ("nation", loei_officer, 403),
        ("esas/loei-3", system.auth("school", "1042060101"), 403),  # its ESA's, not its own
        ("schools/1042060101", system.auth("school", "1042060101"), 200),
        ("schools/1042060102", system.auth("school", "1042060101"), 404),
    ]
    for path, headers, status in cases:
        r = await system.reporting.get(f"/v1/views/{path}", params={"year": 2569}, headers=headers)
        assert r.status_code == status, (path, r.text)
    for params in ({"year": 1999}, {"year": 2569, "semester": 3}, {"year": 2569, "as_of": "x"}):
        r = await system.reporting.get("/v1/views/esas/loei-3", params=params, headers=supervisor)
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    r = await system.reporting.get(
        "/v1/views/esas/loei-3", params={"year": 2569, "as_of": future}, headers=supervisor
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "as_of_in_future"
    r = await system.reporting.get(
        "/v1/views/esas/loei-3", params={"year": 2569, "organisation": "later"}, headers=supervisor
    )
    assert r.status_code == 422


async def test_a_view_as_of_a_past_moment_shows_what_had_happened_by_then(system: System) -> None:
    campaign = await open_campaign(system)
    for school in NA_HAEO[:3]:
        await respond(system, campaign, school)

    async def esa(**params: Any) -> Any:
        return await view(system, "esas/loei-3", "supervisor", "loei-3", **params)

    await eventually(esa, lambda v: needs_of(v) == (14, 3))
    moment = datetime.now(UTC)
    for school in NA_HAEO[3:5]:
        await respond(system, campaign, school)
    await eventually(esa, lambda v: needs_of(v) == (14, 5))
    then = await esa(as_of=moment.isoformat())
    assert needs_of(then) == (14, 3) and then["as_of"] == moment.isoformat()
    r = await system.reporting.get(  # before the directory registered the ESA
        "/v1/views/esas/loei-3",
        params={"year": 2569, "as_of": (moment - timedelta(days=400)).isoformat()},
        headers=system.auth("supervisor", "loei-3"),
    )
    assert r.status_code == 404
    province = await view(
        system, "provinces/loei", "provincial_officer", "loei", as_of=moment.isoformat()
    )
    assert needs_of(province) == (14, 3)


async def test_a_school_moved_to_another_esa_counts_there_as_organised_now(system: System) -> None:
    campaign = await open_campaign(system)
    for school in NA_HAEO[:2]:
        await respond(system, campaign, school)
    r = await system.directory.post(
        f"/v1/schools/{NA_HAEO[0]}/moves",
        json={
            "to_esa": "loei-1",
            "to_cluster": "loei-1-mueang",
            "effective_from": str(date.today()),
        },
        headers=system.auth("admin", "th"),
    )
    assert r.status_code == 200, r.text

    async def province(organisation: str) -> Any:
        return await view(
            system, "provinces/loei", "provincial_officer", "loei", organisation=organisation
        )

    def by_esa(answer: dict[str, Any]) -> dict[str, tuple[int, int]]:
        return {e["esa"]: needs_of(e) for e in answer["esas"]}

    now = await eventually(
        lambda: province("now"), lambda v: needs_of(v) == (14, 2) and by_esa(v)["loei-1"] != (0, 0)
    )
    assert by_esa(now) == {"loei-1": (1, 1), "loei-2": (0, 0), "loei-3": (13, 1)}
    assert now["organisation"] == "now"
    recorded = await view(system, "provinces/loei", "provincial_officer", "loei")
    assert by_esa(recorded) == {"loei-1": (0, 0), "loei-2": (0, 0), "loei-3": (14, 2)}
    # The move is effective from today, the day of the answers: then is already the new place
    # (histories spanning several days are in tests/unit/reporting/test_organisation_then_and_now.py).
    assert by_esa(await province("then")) == by_esa(now)


async def test_year_end_reports_download_as_xlsx_and_pdf(system: System) -> None:
    campaign = await open_campaign(system)
    await respond(system, campaign, NA_HAEO[0])
    officer = system.auth("provincial_officer", "loei")
    await eventually(
        lambda: view(system, "provinces/loei", "provincial_officer", "loei"),
        lambda v: needs_of(v) == (14, 1),
    )
    r = await system.reporting.get(
        "/v1/reports/provinces/loei/year-end.xlsx", params={"year": 2569}, headers=officer
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxml")
    assert 'filename="year-end-loei-2569.xlsx"' in r.headers["content-disposition"]
    wb = load_workbook(io.BytesIO(r.content))
    assert wb.sheetnames[:2] == ["สรุป", "1 ความต้องการสื่อ (แบบ 1-2)"]
    assert wb.sheetnames[-3:] == ["สพป.เลย เขต 1", "สพป.เลย เขต 2", "สพป.เลย เขต 3"]
    assert len(wb.sheetnames) == 1 + 11 + 3  # summary, a part per process, a part per ESA
    assert wb["สรุป"]["A2"].value == "หน่วยงาน จังหวัดเลย"
    r = await system.reporting.get(
        "/v1/reports/esas/loei-3/year-end.pdf",
        params={"year": 2569, "semester": 2},
        headers=system.auth("supervisor", "loei-3"),
    )
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    for path, status in (
        ("/v1/reports/provinces/rayong/year-end.pdf", 404),
        ("/v1/reports/nation/year-end.xlsx", 403),
        ("/v1/reports/provinces/loei/year-end.docx", 422),
    ):
        r = await system.reporting.get(path, params={"year": 2569}, headers=officer)
        assert r.status_code == status, (path, r.text)


async def test_freshness_of_each_read_model_is_on_readyz_and_metrics(system: System) -> None:
    campaign = await open_campaign(system)
    await respond(system, campaign, NA_HAEO[0])

    async def ready() -> Any:
        return (await system.reporting.get("/readyz")).json()

    def applied(body: dict[str, Any]) -> bool:
        model = body["checks"]["read_models"]["read_models"].get("needs_response_rates", {})
        return model.get("events_applied", 0) >= 2 and model.get("lag_seconds") is not None

    body = await eventually(ready, applied)
    needs = body["checks"]["read_models"]["read_models"]["needs_response_rates"]
    assert needs["running"] is True and needs["generation"] == 1
    assert datetime.fromisoformat(needs["last_event_time"]) <= datetime.now(UTC)
    assert isinstance(needs["consumer_lag_records"], int) and needs["consumer_lag_records"] >= 0
    metrics = (await system.reporting.get("/metrics")).text
    for name in (
        'nithet_read_model_lag_seconds{model="needs_response_rates"}',
        'nithet_read_model_last_event_timestamp_seconds{model="needs_response_rates"}',
        'nithet_read_model_events_applied_total{model="reporting_organisation"}',
        'nithet_read_model_generation{model="needs_response_rates"} 1',
    ):
        assert name in metrics, metrics
