"""A needs-survey campaign run through the API from opening to the year-end summary, on a
clock the test moves (the refusals are in test_needs_campaign_refusals.py)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest

from kit.clock import FixedClock
from tests.integration.needs_flow import (
    NA_HAEO,
    START,
    error_code,
    publish_standard_template,
    standard_answers,
    version_2,
)
from tests.integration.needs_year_fixtures import ESA, PATIENCE, A, C, E, deployment, system
from tests.integration.system import System
from tests.support.harness import eventually

pytestmark = pytest.mark.infra
__all__ = ["deployment", "system"]  # fixtures, used by name


def on_day(deployment: tuple[System, FixedClock], days: int) -> None:
    deployment[1].set(START + timedelta(days=days))


async def put_answers(
    system: System, campaign: str, school: str, version: int | None, **changes: Any
) -> Any:
    body: dict[str, Any] = {"answers": standard_answers(**changes)}
    if version is not None:
        body["template_version"] = version
    return await system.needs.put(
        f"{ESA}/campaigns/{campaign}/responses/{school}",
        json=body,
        headers=system.auth("school", school),
    )


async def test_a_campaign_runs_from_opening_to_the_year_end_summary(
    system: System, deployment: tuple[System, FixedClock]
) -> None:
    sup = system.auth("supervisor", "loei-3")
    template = await publish_standard_template(system)
    body = {
        "title": "สำรวจความต้องการสื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา ปีการศึกษา 2569",
        "academic_year": 2569,
        "opens_on": "2026-06-01",
        "closes_on": "2026-06-15",
        "target": {"kind": "cluster", "cluster": "loei-3-nahaeo"},
        "template_id": template,
    }
    r = await system.needs.post(f"{ESA}/campaigns", json=body, headers=sup)
    assert r.status_code == 201 and r.json()["target_schools"] == 14, r.text
    campaign = r.json()["campaign_id"]

    async def form() -> dict[str, Any]:
        r = await system.needs.get(
            f"{ESA}/campaigns/{campaign}/form", headers=system.auth("school", A)
        )
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    shown = await eventually(form, lambda f: f.get("template_version") == 1, timeout_s=PATIENCE)
    assert len(shown["questions"]) == 12

    # two schools answer version 1; an incomplete answer is refused and records nothing
    assert (await put_answers(system, campaign, A, 1, english_media=5)).status_code == 200
    assert (
        await put_answers(system, campaign, E, None, english_media=4, devices_needed=7)
    ).status_code == 200
    r = await put_answers(system, campaign, NA_HAEO[1], 1, media_needed=None)
    assert r.status_code == 422 and error_code(r) == "answers_invalid"
    assert r.json()["error"]["details"][0]["question"] == "media_needed"

    # the supervisor publishes version 2 and the campaign adopts it; a stale form must reload
    standard = (await system.needs.get("/v1/needs/standard-survey", headers=sup)).json()
    r = await system.needs.post(
        f"{ESA}/survey-templates/{template}/versions", json=version_2(standard), headers=sup
    )
    assert r.status_code == 201 and r.json()["template_version"] == 2
    r = await system.needs.post(
        f"{ESA}/campaigns/{campaign}/template-version", json={"template_version": 2}, headers=sup
    )
    assert r.status_code == 200
    r = await put_answers(system, campaign, C, 1)
    assert r.status_code == 409 and error_code(r) == "template_version_outdated"
    r = await put_answers(system, campaign, C, 2, english_media=None, devices_needed=2)
    assert r.status_code == 200 and r.json()["template_version"] == 2

    # A's response is returned for correction, with a reason and a day
    reason = {"reason": "จำนวนเครื่องที่ต้องการไม่ตรงกับจำนวนนักเรียน", "correct_by": "2026-06-20"}
    r = await system.needs.post(
        f"{ESA}/campaigns/{campaign}/responses/{A}/return", json=reason, headers=sup
    )
    assert r.status_code == 200 and r.json()["correct_by"] == "2026-06-20"

    async def as_school() -> dict[str, Any]:
        r = await system.needs.get(
            f"{ESA}/campaigns/{campaign}/responses/{A}", headers=system.auth("school", A)
        )
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    returned = await eventually(
        as_school, lambda d: d.get("status") == "returned", timeout_s=PATIENCE
    )
    assert returned["returns"][0]["reason"] == reason["reason"]

    async def missing() -> dict[str, Any]:
        return (
            await system.needs.get(f"{ESA}/campaigns/{campaign}/non-respondents", headers=sup)
        ).json()  # type: ignore[no-any-return]

    gaps = await eventually(missing, lambda m: len(m["schools"]) == 12, timeout_s=PATIENCE)
    assert {s["school"]: s["status"] for s in gaps["schools"]}[A] == "returned"
    r = await system.needs.post(f"{ESA}/campaigns/{campaign}/reminders", headers=sup)
    assert r.status_code == 201 and len(r.json()["reminded"]) == 12

    # after the closing day: a late answer is refused in Thai, the correction is still accepted
    on_day(deployment, 16)
    r = await put_answers(system, campaign, NA_HAEO[5], None, english_media=None)
    assert r.status_code == 422 and error_code(r) == "campaign_closed"
    assert "15 มิถุนายน 2569" in r.json()["error"]["message"]
    r = await put_answers(system, campaign, A, 2, english_media=None, devices_needed=30)
    assert r.status_code == 200 and r.json()["revision"] == 2
    assert (
        await system.needs.post(f"{ESA}/campaigns/{campaign}/close", headers=sup)
    ).status_code == 200
    r = await put_answers(system, campaign, A, 2, english_media=None)
    assert r.status_code == 422 and error_code(r) == "campaign_closed"

    # the year-end summary adds answers of both versions, and the export reads each as answered
    async def summary() -> dict[str, Any]:
        return (await system.needs.get(f"{ESA}/campaigns/{campaign}/summary", headers=sup)).json()  # type: ignore[no-any-return]

    done = await eventually(
        summary,
        lambda s: (
            s["responses_by_version"]
            == [
                {"template_version": 1, "responses": 1},
                {"template_version": 2, "responses": 2},
            ]
        ),
        timeout_s=PATIENCE,
    )
    questions = {q["id"]: q for q in done["questions"]}
    assert questions["devices_needed"]["total"] == 30 + 7 + 2
    assert questions["english_media"]["answered"] == 1 and questions["english_media"][
        "versions"
    ] == [1]
    r = await system.needs.get(f"{ESA}/campaigns/{campaign}/export.csv", headers=sup)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    english = next(i for i, h in enumerate(rows[0]) if h.startswith("english_media"))
    by_school = {row[0]: row for row in rows[1:]}
    assert len(by_school) == 14 and by_school[E][english] == "4" and by_school[C][english] == ""

    await check_reports(system, campaign)


async def check_reports(system: System, campaign: str) -> None:
    officer = system.auth("provincial_officer", "loei")
    year = {"year": 2569}

    async def esa() -> dict[str, Any]:
        return (
            await system.reporting.get(
                "/v1/esas/loei-3/needs/response-rates", params=year, headers=officer
            )
        ).json()  # type: ignore[no-any-return]

    rates = await eventually(
        esa, lambda v: v.get("responded") == 3 and v["campaigns"][0]["closed"], timeout_s=PATIENCE
    )
    [mine] = rates["campaigns"]
    assert (mine["campaign_id"], mine["targets"], len(mine["missing"]), mine["returned"]) == (
        campaign,
        14,
        11,
        0,
    )
    assert mine["versions"] == [
        {"template_version": 1, "responses": 1},
        {"template_version": 2, "responses": 2},
    ]

    async def ranking() -> dict[str, Any]:
        r = await system.reporting.get(
            "/v1/esas/loei-3/needs/ranking", params=year, headers=officer
        )
        return r.json()  # type: ignore[no-any-return]

    ranked = await eventually(ranking, lambda v: v.get("responses") == 3, timeout_s=PATIENCE)
    assert ranked["ranking"][0]["rank"] == 1 and ranked["ranking"][0]["responses"] == 3
    gaps = (
        await system.reporting.get(
            "/v1/provinces/loei/needs/non-respondents", params=year, headers=officer
        )
    ).json()
    assert gaps["schools"] == 11 == next(e for e in gaps["esas"] if e["esa"] == "loei-3")["schools"]
    province = (
        await system.reporting.get(
            "/v1/provinces/loei/needs/response-rates", params=year, headers=officer
        )
    ).json()
    assert province["responded"] == sum(e["responded"] for e in province["esas"]) == 3
