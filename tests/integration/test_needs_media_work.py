"""Production records (form 3) and the media service (forms 4 and 6) through the API, with
the refusals, and their reporting views at ESA and province level."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.needs_flow import error_code, system_on_a_fixed_day
from tests.integration.system import System
from tests.support.harness import eventually
from tests.support.infra import Infra
from tests.support.needs_bodies import production_body

pytestmark = pytest.mark.infra
PATIENCE = 60  # seconds a view may take on a busy machine (speed is benchmarked elsewhere)
A, B, C = "1042060101", "1042060102", "1042060103"
ESA = "/v1/esas/loei-3"


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[System]:
    async with system_on_a_fixed_day(infra) as (s, _clock):
        yield s


def all_indicators(score: int) -> dict[str, Any]:
    codes = ["curriculum", "design", "usability", "effectiveness", "creativity", "dissemination"]
    return {"scores": [{"indicator": c, "score": score} for c in codes], "comment": "ใช้ได้จริง"}


async def test_a_school_registers_its_media_and_a_supervisor_evaluates_it(system: System) -> None:
    school, sup = system.auth("school", A), system.auth("supervisor", "loei-3")
    r = await system.needs.post(
        f"{ESA}/schools/{A}/productions", json=production_body(), headers=school
    )
    assert r.status_code == 201, r.text
    pid = r.json()["production_id"]
    r = await system.needs.post(
        f"{ESA}/productions/{pid}/evaluation", json=all_indicators(4), headers=sup
    )
    assert r.status_code == 200 and r.json()["quality_level"] == "excellent"
    more = {"evidence": [{"title": "ภาพกิจกรรม", "reference": "doc://a/2", "sha256": "b" * 64}]}
    assert (
        await system.needs.post(f"{ESA}/productions/{pid}/evidence", json=more, headers=school)
    ).status_code == 200

    async def record() -> dict[str, Any]:
        r = await system.needs.get(f"{ESA}/productions/{pid}", headers=school)
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    shown = await eventually(
        record,
        lambda d: len(d.get("evidence", [])) == 2 and "quality_level" in d,
        timeout_s=PATIENCE,
    )
    assert shown["evaluations"][0]["mean"] == 4.0 and shown["grade_levels"] == ["p4", "p5"]


async def test_production_refusals_leave_nothing_behind(system: System) -> None:
    school_a, school_b = system.auth("school", A), system.auth("school", B)
    r = await system.needs.post(
        f"{ESA}/schools/{A}/productions", json=production_body(title="สื่อ"), headers=school_a
    )
    pid = r.json()["production_id"]
    # another school answers for A, evaluates, or touches A's record: not found / forbidden
    r = await system.needs.post(
        f"{ESA}/schools/{A}/productions", json=production_body(), headers=school_b
    )
    assert r.status_code == 404
    assert (
        await system.needs.post(
            f"{ESA}/productions/{pid}/evaluation", json=all_indicators(3), headers=school_a
        )
    ).status_code == 403
    evidence = {"evidence": [{"title": "x", "reference": "doc://b", "sha256": "c" * 64}]}
    assert (
        await system.needs.post(
            f"{ESA}/productions/{pid}/evidence", json=evidence, headers=school_b
        )
    ).status_code == 404
    other_esa = system.auth("supervisor", "loei-1")
    assert (
        await system.needs.post(
            f"{ESA}/productions/{pid}/evaluation", json=all_indicators(3), headers=other_esa
        )
    ).status_code == 404
    # bad input: a malformed hash, an unknown field, an incomplete evaluation
    bad = production_body(evidence=[{"title": "x", "reference": "y", "sha256": "not-a-hash"}])
    r = await system.needs.post(f"{ESA}/schools/{A}/productions", json=bad, headers=school_a)
    assert r.status_code == 422 and r.json()["error"]["message"] and r.json()["error"]["message_en"]
    r = await system.needs.post(
        f"{ESA}/schools/{A}/productions", json=production_body(colour="red"), headers=school_a
    )
    assert r.status_code == 422
    half = {"scores": all_indicators(3)["scores"][:3]}
    r = await system.needs.post(
        f"{ESA}/productions/{pid}/evaluation",
        json=half,
        headers=system.auth("supervisor", "loei-3"),
    )
    assert r.status_code == 422 and error_code(r) == "indicators_incomplete"
    repeated = {"evidence": [{"title": "x", "reference": "doc://a/1", "sha256": "a" * 64}]}
    r = await system.needs.post(
        f"{ESA}/productions/{pid}/evidence", json=repeated, headers=school_a
    )
    assert r.status_code == 422 and error_code(r) == "evidence_repeated"
    r = await system.needs.get(f"{ESA}/productions/{pid}", headers=school_b)
    assert r.status_code == 404  # a school does not read another school's record


async def test_the_media_service_from_request_to_rating_and_improvement(system: System) -> None:
    sup = system.auth("supervisor", "loei-3")
    heads = {s: system.auth("school", s) for s in (A, B, C)}

    async def ask(school: str, **body: Any) -> Any:
        return await system.needs.post(
            f"{ESA}/schools/{school}/service-requests", json=body, headers=heads[school]
        )

    training = (
        await ask(A, kind="training", details="ขอรับการอบรมการผลิตสื่อดิจิทัล", needed_by="2026-06-20")
    ).json()
    r = await ask(B, kind="equipment_loan", details="ขอยืมแท็บเล็ต")
    assert r.status_code == 422 and error_code(r) == "items_required"
    loan = (
        await ask(
            B,
            kind="equipment_loan",
            details="ขอยืมแท็บเล็ต",
            items=[{"name": "แท็บเล็ต", "quantity": 20}],
        )
    ).json()
    advice = (await ask(C, kind="advice", details="ขอคำแนะนำการใช้ DLTV")).json()
    assert advice["due_on"] == "2026-07-01"  # no day given: due thirty days on

    base = f"{ESA}/service-requests/{training['request_id']}"
    assert (
        await system.needs.post(f"{base}/fulfil", json={}, headers=sup)
    ).status_code == 422  # not accepted yet
    assert (
        await system.needs.post(f"{base}/accept", json={"note": "รับเรื่อง"}, headers=heads[A])
    ).status_code == 403
    for step, body in (
        ("accept", {}),
        ("schedule", {"scheduled_on": "2026-06-10"}),
        ("fulfil", {"note": "อบรมแล้ว"}),
    ):
        r = await system.needs.post(f"{base}/{step}", json=body, headers=sup)
        assert r.status_code == 200, (step, r.text)
    assert r.json()["status"] == "fulfilled"
    assert (
        await system.needs.post(f"{base}/rating", json={"rating": 5}, headers=heads[B])
    ).status_code == 404
    assert (
        await system.needs.post(f"{base}/rating", json={"rating": 5}, headers=sup)
    ).status_code == 403
    assert (
        await system.needs.post(
            f"{base}/rating", json={"rating": 5, "comment": "ดีมาก"}, headers=heads[A]
        )
    ).status_code == 200
    r = await system.needs.post(f"{base}/rating", json={"rating": 4}, headers=heads[A])
    assert r.status_code == 422 and error_code(r) == "already_rated"
    declined = await system.needs.post(
        f"{ESA}/service-requests/{loan['request_id']}/decline",
        json={"reason": "แท็บเล็ตถูกยืมครบแล้ว"},
        headers=sup,
    )
    assert declined.status_code == 200
    improvement = {
        "finding": "อุปกรณ์ให้ยืมไม่พอ",
        "action": "จัดคิวยืมล่วงหน้า",
        "request_ids": [loan["request_id"]],
    }
    assert (
        await system.needs.post(f"{ESA}/service-improvements", json=improvement, headers=sup)
    ).status_code == 201
    assert (
        await system.needs.post(f"{ESA}/service-improvements", json=improvement, headers=heads[A])
    ).status_code == 403

    async def mine() -> list[dict[str, Any]]:
        return (await system.needs.get(f"{ESA}/service-requests", headers=heads[A])).json()  # type: ignore[no-any-return]

    listed = await eventually(
        mine, lambda rows: any(r.get("rating") == 5 for r in rows), timeout_s=PATIENCE
    )
    assert {r["school"] for r in listed} == {A}  # a school lists only its own requests


async def test_reporting_shows_production_and_service_by_esa_and_province(system: System) -> None:
    officer = system.auth("provincial_officer", "loei")

    async def view(path: str, **params: Any) -> dict[str, Any]:
        r = await system.reporting.get(path, params={"year": 2569, **params}, headers=officer)
        return r.json()  # type: ignore[no-any-return]

    made = await eventually(
        lambda: view("/v1/provinces/loei/needs/production"),
        lambda v: v.get("evaluated", 0) >= 1 and v.get("registered", 0) >= 2,
        timeout_s=PATIENCE,
    )
    loei3 = next(e for e in made["esas"] if e["esa"] == "loei-3")
    assert loei3["registered"] == made["registered"] and loei3["by_level"][0]["count"] >= 1
    served = await eventually(
        lambda: view("/v1/provinces/loei/needs/service", on="2026-07-10"),
        lambda v: v.get("ratings") == 1 and v.get("declined") == 1 and v.get("improvements") == 1,
        timeout_s=PATIENCE,
    )
    assert (served["requests"], served["fulfilled"], served["open"], served["overdue"]) == (
        3,
        1,
        1,
        1,
    )
    assert served["satisfaction_mean"] == 5.0
    assert sum(e["requests"] for e in served["esas"]) == served["requests"]
    esa = await view("/v1/esas/loei-3/needs/service", on="2026-06-15")
    assert esa["overdue"] == 0 and esa["by_kind"][3]["kind"] == "advice"


async def test_reports_are_read_only_by_those_who_may(system: System) -> None:
    year = {"year": 2569}
    school = system.auth("school", A)
    assert (
        await system.reporting.get("/v1/esas/loei-3/needs/production", params=year, headers=school)
    ).status_code == 403
    rayong = system.auth("provincial_officer", "rayong")
    assert (
        await system.reporting.get("/v1/provinces/loei/needs/service", params=year, headers=rayong)
    ).status_code == 404
    assert (
        await system.reporting.get("/v1/esas/loei-3/needs/ranking", params=year, headers=rayong)
    ).status_code == 404
    sup = system.auth("supervisor", "loei-3")
    assert (
        await system.reporting.get("/v1/provinces/loei/needs/production", params=year, headers=sup)
    ).status_code == 403
    assert (
        await system.reporting.get("/v1/nation/needs/service", params=year, headers=sup)
    ).status_code == 403
    policy = system.auth("policy_committee", "th")
    assert (
        await system.reporting.get("/v1/nation/needs/service", params=year, headers=policy)
    ).status_code == 200
