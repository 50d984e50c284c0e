"""A school withdraws a production record it registered twice: the record stays, marked
withdrawn, takes nothing more, and the province's report stops counting it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.needs_flow import error_code, system_on_a_fixed_day
from tests.integration.system import System
from tests.support.harness import eventually
from tests.support.infra import Infra

pytestmark = pytest.mark.infra
PATIENCE = 60  # seconds a view may take on a busy machine
A, B = "1042060101", "1042060102"
ESA = "/v1/esas/loei-3"
INDICATORS = ["curriculum", "design", "usability", "effectiveness", "creativity", "dissemination"]
EVALUATION = {"scores": [{"indicator": c, "score": 3} for c in INDICATORS]}


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[System]:
    async with system_on_a_fixed_day(infra) as (s, _clock):
        yield s


def production(sha: str) -> dict[str, Any]:
    return {
        "title": "บทเรียนออนไลน์ เรื่องระบบสุริยะ",
        "kind": "innovation",
        "subject": "science",
        "grade_levels": ["m1"],
        "authors": [{"name": "นายสมชาย ตัวอย่าง", "position": "ครู"}],
        "evidence": [{"title": "ลิงก์บทเรียน", "reference": "doc://a/solar", "sha256": sha}],
    }


async def test_a_withdrawn_record_stays_listed_takes_nothing_more_and_leaves_the_report(
    system: System,
) -> None:
    school, other = system.auth("school", A), system.auth("school", B)
    supervisor = system.auth("supervisor", "loei-3")
    officer = system.auth("provincial_officer", "loei")
    ids = []
    for sha in ("d" * 64, "e" * 64):  # the same work registered twice
        r = await system.needs.post(
            f"{ESA}/schools/{A}/productions", json=production(sha), headers=school
        )
        assert r.status_code == 201, r.text
        ids.append(r.json()["production_id"])
    kept, twice = ids
    r = await system.needs.post(
        f"{ESA}/productions/{twice}/evaluation", json=EVALUATION, headers=supervisor
    )
    assert r.status_code == 200, r.text

    async def report() -> dict[str, Any]:
        r = await system.reporting.get(
            "/v1/provinces/loei/needs/production", params={"year": 2569}, headers=officer
        )
        return r.json()  # type: ignore[no-any-return]

    await eventually(report, lambda v: v.get("registered") == 2, timeout_s=PATIENCE)

    withdrawal = f"{ESA}/productions/{twice}/withdrawal"
    assert (
        await system.needs.post(withdrawal, json={"reason": "ซ้ำ"}, headers=other)
    ).status_code == 404
    assert (await system.needs.post(withdrawal, json={}, headers=school)).status_code == 422
    r = await system.needs.post(withdrawal, json={"reason": "  "}, headers=school)
    assert r.status_code == 422 and error_code(r) == "reason_required"
    r = await system.needs.post(withdrawal, json={"reason": "ลงทะเบียนซ้ำ"}, headers=school)
    assert r.status_code == 200, r.text
    r = await system.needs.post(withdrawal, json={"reason": "อีกครั้ง"}, headers=school)
    assert r.status_code == 422 and error_code(r) == "production_withdrawn"
    r = await system.needs.post(
        f"{ESA}/productions/{twice}/evaluation", json=EVALUATION, headers=supervisor
    )
    assert r.status_code == 422 and error_code(r) == "production_withdrawn"

    async def record() -> dict[str, Any]:
        r = await system.needs.get(f"{ESA}/productions/{twice}", headers=school)
        return r.json()  # type: ignore[no-any-return]

    shown = await eventually(record, lambda d: "withdrawn" in d, timeout_s=PATIENCE)
    assert shown["withdrawn"]["reason"] == "ลงทะเบียนซ้ำ" and shown["evaluations"]
    made = await eventually(report, lambda v: v.get("registered") == 1, timeout_s=PATIENCE)
    assert made["evaluated"] == 0  # the evaluated one was the one withdrawn
    listed = await system.needs.get(f"{ESA}/productions", headers=school)
    assert {d["production_id"] for d in listed.json()} == {kept, twice}
