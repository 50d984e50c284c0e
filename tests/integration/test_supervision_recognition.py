"""The sandbox manual's remaining steps through the API, on the real Kafka and FerretDB:
teachers honoured for excellent work (4.6), the province's supervision committee (7.1), the
year's summary of cooperation with partners (8.3)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.supervision_system import (
    SupervisionSystem,
    eventually,
    members,
    post,
    put,
    refused,
    reported,
    running,
)
from tests.support.harness import deployment_settings
from tests.support.infra import Infra

PILOT = "1021080101"  # a sandbox pilot school of rayong-2
OTHER = "1021080102"
HONOUR = {
    "teacher": "นางสมศรี ใจงาม",
    "position": "ครูชำนาญการพิเศษ",
    "work_th": "การจัดการเรียนรู้ฐานสมรรถนะด้วยโครงงานชุมชน",
    "subject_area": "วิทยาศาสตร์และเทคโนโลยี",
    "title_th": "ครูผู้มีผลงานเป็นเลิศด้านการจัดการเรียนรู้ฐานสมรรถนะ",
    "awarded_on": "2027-02-14",
}


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[SupervisionSystem]:
    async with running(deployment_settings(infra.kafka, infra.mongo_url)) as s:
        yield s


async def test_a_teacher_is_honoured_by_the_driving_committee_and_seen_by_her_school(
    system: SupervisionSystem,
) -> None:
    path = f"/v1/esas/rayong-2/schools/{PILOT}/teacher-honours/2569"
    supervisor = ("supervisor", "rayong-2")
    assert (await refused(system, "POST", path, HONOUR, supervisor))[0] == 403
    given = await post(system, path, HONOUR, ("driving_committee", "rayong"))
    assert (given["teacher"], given["school"]) == (HONOUR["teacher"], PILOT)
    again = await post(system, path, HONOUR, ("esa_director", "rayong-2"))
    assert again["honour_id"] == given["honour_id"]  # the same title to the same teacher: once

    async def honours(who: tuple[str, str]) -> Any:
        return await system.get("/v1/esas/rayong-2/teacher-honours", *who, year=2569)

    [school] = await eventually(lambda: honours(("school", PILOT)), lambda rows: rows)
    assert school["honours"][0]["awarded_by"] == "driving_committee"
    assert await honours(("school", OTHER)) == []  # another school's teachers are not its own


async def test_the_driving_committee_appoints_the_supervision_committee(
    system: SupervisionSystem,
) -> None:
    path = "/v1/provinces/rayong/supervision-committee/2569"
    order = {
        "order_no": "22/2569",
        "appointed_on": "2026-06-15",
        "members": members(("นางรัตนา ศรีสุข", "chair", None), ("นางวนิดา แสงทอง", "secretary", None)),
        "focus_th": "นิเทศ ติดตามการใช้หลักสูตรฐานสมรรถนะของสถานศึกษานำร่อง",
        "schools": [PILOT, "1021070101"],
    }
    officer = ("provincial_officer", "rayong")
    assert (await refused(system, "PUT", path, order, officer))[0] == 403
    bad = order | {"schools": ["1042060101"]}
    driving = ("driving_committee", "rayong")
    assert (await refused(system, "PUT", path, bad, driving))[1] == "school_not_in_province"
    appointed = await put(system, path, order, driving)
    assert appointed["schools"] == 2
    one_chair = order | {"members": members(("นางวนิดา แสงทอง", "member", None))}
    assert (await refused(system, "PUT", path, one_chair, driving))[1] == "one_chair_required"

    async def committee() -> Any:
        return await system.get(path, "supervisor", "rayong-1")

    doc = await eventually(committee, lambda d: d["order_no"])
    assert {s["esa"] for s in doc["schools"]} == {"rayong-1", "rayong-2"}


async def test_the_years_cooperation_is_summarised_and_reported(
    system: SupervisionSystem,
) -> None:
    path = "/v1/esas/rayong-2/partnership-summaries/2569"
    summary = {
        "summary_th": "ภาคีเครือข่ายร่วมพัฒนาหลักสูตรฐานสมรรถนะกับสถานศึกษานำร่อง",
        "achievements": ["สถาบัน RILA จัดอบรมครู 2 รุ่น"],
        "reported_to": "คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดระยอง",
        "reported_on": "2027-03-25",
    }
    sup = ("supervisor", "rayong-2")
    assert await refused(system, "PUT", path, summary, sup) == (422, "no_partnerships")
    for partner, sector in (("สถาบัน RILA", "academic"), ("องค์การบริหารส่วนจังหวัดระยอง", "public")):
        await post(
            system,
            "/v1/esas/rayong-2/partnerships",
            {
                "academic_year": 2569,
                "partner": partner,
                "sector": sector,
                "activity": "ร่วมพัฒนาครู",
                "schools": [PILOT],
                "started_on": "2026-07-01",
            },
            sup,
        )

    async def listed() -> Any:
        return await system.get("/v1/esas/rayong-2/partnerships", *sup, year=2569)

    await eventually(listed, lambda rows: len(rows) == 2)
    reported = await put(system, path, summary, sup)
    assert reported["by_sector"] == {"academic": 1, "public": 1}
    assert reported["schools"] == [PILOT] and reported["revision"] == 1

    async def summary_doc() -> Any:
        r = await system.supervision.get(path, headers=system.auth(*sup))
        return r.json() if r.status_code == 200 else None

    doc = await eventually(summary_doc, lambda d: d)
    assert doc["reported_to"] == summary["reported_to"] and len(doc["partnerships"]) == 2
    r = await system.supervision.get(path, headers=system.auth("school", PILOT))
    assert r.status_code == 403


async def test_rayong_reports_its_honours_and_summaries(system: SupervisionSystem) -> None:
    """Reporting: the province counts its ESAs' honours and partnership summaries."""
    officer = ("provincial_officer", "rayong")
    honours = await reported(
        system, "/v1/provinces/rayong/supervision/teacher-honours", officer,
        lambda v: v["honours"] == 1,
    )  # fmt: skip
    assert (honours["by_driving_committee"], honours["teachers"]) == (1, 1)
    summaries = await reported(
        system, "/v1/provinces/rayong/supervision/partnership-reports", officer,
        lambda v: v["reported"] == 1,
    )  # fmt: skip
    assert summaries["cooperations_summarised"] == 2
    r = await system.reporting.get(  # type: ignore[union-attr]
        "/v1/esas/rayong-2/supervision/teacher-honours",
        params={"year": 2569},
        headers=system.auth("school", PILOT),
    )
    assert r.status_code == 403  # the ESA's figures are its staff's, not a school's
