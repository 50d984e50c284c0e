"""Rayong's SAR cycle of 2569 through the API (sandbox manual, item 6), on the real Kafka and
FerretDB: the ESAs' syntheses, the province's briefing and guidelines, the synthesis committee
and its synthesis, returned once then approved, and the provincial report."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.supervision_system import (
    SupervisionSystem,
    accepted_sar,
    eventually,
    members,
    post,
    put,
    refused,
    reported,
    running,
    sha,
)
from tests.support.harness import deployment_settings
from tests.support.infra import Infra

CYCLE = "/v1/provinces/rayong/sar/2569"
DRIVING = ("driving_committee", "rayong")
SECRETARY = ("supervisor", "rayong-2")  # named in the committee by her person id
PILOTS = {"rayong-1": "1021070101", "rayong-2": "1021080101"}
SYNTHESIS = {
    "summary_th": "สถานศึกษานำร่องทุกแห่งจัดทำรายงาน SAR ตามแนวทางของจังหวัด",
    "strengths": ["ผู้เรียนมีสมรรถนะการสื่อสาร"],
    "improvements": ["การวัดและประเมินผลฐานสมรรถนะ"],
}


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[SupervisionSystem]:
    async with running(deployment_settings(infra.kafka, infra.mongo_url)) as s:
        yield s


async def esa_syntheses(system: SupervisionSystem) -> None:
    """Each ESA accepts its pilot school's SAR and records its synthesis."""
    for esa, school in PILOTS.items():
        await accepted_sar(system, esa, school)
    for esa, school in PILOTS.items():

        async def sars(esa: str = esa) -> Any:
            return await system.get(f"/v1/esas/{esa}/sar", "supervisor", esa, year=2569)

        await eventually(sars, lambda rows: [r["status"] for r in rows] == ["accepted"])
        done = await post(
            system, f"/v1/esas/{esa}/sar/2569/synthesis", {"summary_th": "สรุป"}, ("supervisor", esa)
        )
        assert done["schools_accepted"] == [school]

        async def recorded(esa: str = esa) -> int:
            path = f"/v1/esas/{esa}/sar/2569/synthesis"
            r = await system.supervision.get(path, headers=system.auth("supervisor", esa))
            return r.status_code

        await eventually(recorded, lambda status: status == 200)


async def prepare(system: SupervisionSystem) -> None:
    """The driving committee briefs, issues the guidelines and appoints the committee."""
    briefing = {"title": "ประชุมชี้แจงระบบประกันคุณภาพ", "held_on": "2026-06-05", "teachers": 48}
    briefed = await post(
        system, f"{CYCLE}/briefings", briefing | {"schools": [PILOTS["rayong-2"]]}, DRIVING
    )
    assert briefed["step"] == "briefed"
    assert await refused(system, "POST", f"{CYCLE}/synthesis", SYNTHESIS, SECRETARY) == (
        422,
        "no_sar_guidelines",
    )
    guidelines = {
        "title": "แนวทางการรายงานการประเมินตนเองของสถานศึกษานำร่อง",
        "issued_on": "2026-07-01",
        "due_on": "2027-04-30",
        "document": {"title": "แนวทาง SAR จังหวัดระยอง", "sha256": sha("guidelines")},
    }
    issued = await put(system, f"{CYCLE}/guidelines", guidelines, DRIVING)
    assert (issued["step"], issued["guidelines_version"]) == ("guidelines_issued", 1)
    people = members(
        ("นางรัตนา ศรีสุข", "chair", "dev:driving_committee:rayong"),
        ("นางวนิดา แสงทอง", "secretary", "dev:supervisor:rayong-2"),
        ("ผู้แทนสถาบัน RILA", "member", None),
    )
    appointment = {"order_no": "15/2570", "appointed_on": "2027-04-01", "members": people}
    await put(system, f"{CYCLE}/committee", appointment, DRIVING)


async def test_the_province_synthesises_approves_and_reports(system: SupervisionSystem) -> None:
    await esa_syntheses(system)
    await prepare(system)
    outsider = ("supervisor", "rayong-1")
    assert await refused(system, "POST", f"{CYCLE}/synthesis", SYNTHESIS, outsider) == (
        403,
        "not_a_committee_member",
    )
    first = await post(system, f"{CYCLE}/synthesis", SYNTHESIS, SECRETARY)
    assert (first["step"], first["synthesis_revision"]) == ("awaiting_approval", 1)
    early = await refused(
        system, "PUT", f"{CYCLE}/report", REPORT, ("provincial_officer", "rayong")
    )
    assert early == (422, "synthesis_not_approved")
    back = {"decision": "return", "reasons": ["เพิ่มข้อเสนอแนะรายเขตพื้นที่"]}
    assert (await post(system, f"{CYCLE}/synthesis/decision", back, DRIVING))["step"] == "returned"
    await post(system, f"{CYCLE}/synthesis", SYNTHESIS, SECRETARY)
    approved = await post(system, f"{CYCLE}/synthesis/decision", {"decision": "accept"}, DRIVING)
    assert (approved["step"], approved["synthesis_revision"]) == ("approved", 2)
    assert (await refused(system, "PUT", f"{CYCLE}/report", REPORT, DRIVING))[0] == 403
    reported = await put(system, f"{CYCLE}/report", REPORT, ("provincial_officer", "rayong"))
    assert reported["step"] == "reported"

    async def cycle() -> Any:
        return await system.get(CYCLE, "school", PILOTS["rayong-1"])  # schools read it too

    doc = await eventually(cycle, lambda d: d["step"] == "reported")
    assert [e["esa"] for e in doc["synthesis"]["esas"]] == ["rayong-1", "rayong-2"]
    assert [d["decision"] for d in doc["decisions"]] == ["returned", "approved"]
    assert doc["synthesis"]["revision"] == doc["report"]["revision"] == 2
    assert doc["committee"]["members"][1]["person"] == "dev:supervisor:rayong-2"
    assert doc["briefings"][0]["schools"] == [
        {"school": "1021080101", "esa": "rayong-2", "cluster": "rayong-2-klaeng"}
    ]
    await reported_upward(system)


async def reported_upward(system: SupervisionSystem) -> None:
    """Reporting shows the cycle at the province (per ESA) and the nation (per step)."""
    officer = ("provincial_officer", "rayong")
    province = await reported(
        system, "/v1/provinces/rayong/supervision/province-sar", officer,
        lambda v: v["step"] == "reported",
    )  # fmt: skip
    assert province["synthesis_approved"] == 2 and province["synthesis_revision"] == 2
    assert [(e["esa"], e["synthesis_included"]) for e in province["esas"]] == [
        ("rayong-1", 1),
        ("rayong-2", 1),
    ]
    nation = await reported(
        system, "/v1/nation/supervision/province-sar", ("policy_committee", "th"),
        lambda v: v["synthesis_approved"] == 2,
    )  # fmt: skip
    steps = {s["step"]: s["provinces"] for s in nation["provinces_by_step"]}
    assert steps["reported"] == 1


REPORT = {
    "summary_th": "จังหวัดระยองสรุปผลการประกันคุณภาพของสถานศึกษานำร่อง",
    "reported_to": "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา",
    "reported_on": "2027-06-15",
}


async def test_another_province_does_not_see_the_cycle(system: SupervisionSystem) -> None:
    r = await system.supervision.get(CYCLE, headers=system.auth("provincial_officer", "loei"))
    assert r.status_code == 404
    r = await system.supervision.get(
        "/v1/provinces/atlantis/sar/2569", headers=system.auth("policy_committee", "th")
    )
    assert r.status_code == 404
    status, _ = await refused(
        system, "PUT", f"{CYCLE}/report", REPORT, ("driving_committee", "loei")
    )
    assert status == 404
