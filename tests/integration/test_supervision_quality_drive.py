"""Loei ESA 3's drive for 4Q quality in 2569 through the API (TUMHOME plus INNO), on the real
Kafka and FerretDB: the driving team (T), the baseline (U), the ก.ต.ป.น. and its progress
reports (M.3), a good-practice exchange (E.3), the results carried into 2570 (E.4)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.supervision_system import (
    NA_HAEO,
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

DRIVE = "/v1/esas/loei-3/quality-drive/2569"
DIRECTOR = ("esa_director", "loei-3")
DIMENSIONS = ("student", "teacher", "classroom", "director", "management")
TEAM = {
    "order_no": "201/2569",
    "appointed_on": "2026-05-15",
    "members": members(
        ("นายประเสริฐ มั่นคง", "chair", None),
        ("นางสาวมาลี ใจดี", "secretary", None),
        ("ผู้แทนองค์การบริหารส่วนตำบลนาแห้ว", "member", None),
    ),
}


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[SupervisionSystem]:
    async with running(deployment_settings(infra.kafka, infra.mongo_url)) as s:
        yield s


async def drive_doc(system: SupervisionSystem, accept: Any, year: int = 2569) -> Any:
    async def probe() -> Any:
        return await system.get(f"/v1/esas/loei-3/quality-drive/{year}", "supervisor", "loei-3")

    return await eventually(probe, accept)


async def test_the_team_is_appointed_by_the_director_and_read_by_the_esas_staff(
    system: SupervisionSystem,
) -> None:
    assert (await refused(system, "PUT", f"{DRIVE}/team", TEAM, ("supervisor", "loei-3")))[0] == 403
    appointed = await put(system, f"{DRIVE}/team", TEAM, DIRECTOR)
    assert appointed == {
        "esa": "loei-3",
        "academic_year": 2569,
        "order_no": "201/2569",
        "appointed_on": "2026-05-15",
    }
    doc = await drive_doc(system, lambda d: d.get("team"))
    assert [m["role"] for m in doc["team"]["members"]] == ["chair", "secretary", "member"]
    r = await system.supervision.get(DRIVE, headers=system.auth("school", NA_HAEO[0]))
    assert r.status_code == 403  # the ESA's record, not a school's


async def test_a_schools_baseline_comes_before_the_years_development(
    system: SupervisionSystem,
) -> None:
    path = f"/v1/esas/loei-3/schools/{NA_HAEO[1]}/quality/2569/baseline"
    body = {
        "scores": dict(zip(DIMENSIONS, (48, 62, 55, 70, 66), strict=True)),
        "problems": ["นักเรียนชั้น ป.3 อ่านไม่คล่อง"],
        "needs": ["สื่อพัฒนาการอ่าน"],
        "priorities": ["student", "classroom"],
        "collected_on": "2026-05-20",
    }
    assert (await put(system, path, body))["revision"] == 1
    assert (
        await refused(
            system, "PUT", path, body | {"scores": {"student": 40}}, ("supervisor", "loei-3")
        )
    )[1] == "dimensions_incomplete"
    unknown = "/v1/esas/loei-3/schools/1021080101/quality/2569/baseline"
    assert (await refused(system, "PUT", unknown, body, ("supervisor", "loei-3")))[0] == 404

    async def quality() -> Any:
        return await system.get("/v1/esas/loei-3/quality", "school", NA_HAEO[1], year=2569)

    [mine] = await eventually(quality, lambda rows: rows and rows[0].get("baseline"))
    assert mine["baseline"]["scores"]["student"] == 48 and mine["school"] == NA_HAEO[1]


async def test_the_committee_reports_progress_in_rounds(system: SupervisionSystem) -> None:
    report = {
        "body": "ktpn",
        "reported_on": "2026-08-20",
        "schools": [
            {"school": NA_HAEO[0], "statuses": {"student": "on_track", "teacher": "on_track"}},
            {"school": NA_HAEO[2], "statuses": {"classroom": "needs_help"}, "note": "ขาดสื่อ"},
        ],
        "summary_th": "โรงเรียนส่วนใหญ่ดำเนินการตามแผน",
    }
    early = await refused(system, "POST", f"{DRIVE}/progress-reports", report, DIRECTOR)
    assert early == (422, "no_monitoring_committee")
    committee = {
        "body": "ktpn",
        "order_no": "45/2569",
        "appointed_on": "2026-06-01",
        "members": members(("นายสมพร ทองคำ", "chair", None), ("นางสาวมาลี ใจดี", "secretary", None)),
    }
    await put(system, f"{DRIVE}/committee", committee, DIRECTOR)
    first = await post(system, f"{DRIVE}/progress-reports", report)
    again = await post(system, f"{DRIVE}/progress-reports", report | {"reported_on": "2026-11-20"})
    assert (first["round"], again["round"]) == (1, 2)
    doc = await drive_doc(system, lambda d: len(d.get("reports", [])) == 2)
    assert doc["latest"][NA_HAEO[2]]["statuses"] == {"classroom": "needs_help"}
    assert doc["latest"][NA_HAEO[2]]["round"] == 2 and doc["committees"]["ktpn"]["order_no"]


async def test_good_practice_is_shared_and_the_year_carried_into_the_next(
    system: SupervisionSystem,
) -> None:
    exchange = {
        "title": "เวทีแลกเปลี่ยนเรียนรู้โรงเรียนคุณภาพ 4Q",
        "held_on": "2027-03-10",
        "practices": [
            {"school": NA_HAEO[0], "title_th": "อ่านคล่อง เขียนคล่อง", "dimension": "student"}
        ],
        "participants": 85,
    }
    held = await post(system, f"{DRIVE}/exchanges", exchange)
    assert held["held_on"] == "2027-03-10"
    carried = {
        "lessons_th": "การนิเทศแบบกัลยาณมิตรช่วยให้ครูเปิดใจพัฒนา",
        "priorities": ["classroom", "student"],
        "focus_schools": [NA_HAEO[2]],
        "actions": ["จัดหาสื่อห้องเรียนคุณภาพ"],
    }
    answer = await put(system, f"{DRIVE}/carry-forward", carried)
    assert (answer["next_year"], answer["revision"]) == (2570, 1)
    bad = carried | {"focus_schools": ["1021080101"]}
    assert (await refused(system, "PUT", f"{DRIVE}/carry-forward", bad, DIRECTOR))[
        1
    ] == "school_not_in_esa"
    next_year = await drive_doc(system, lambda d: d.get("carried_from"), 2570)
    assert next_year["carried_from"]["year"] == 2569
    assert next_year["carried_from"]["focus_schools"] == [NA_HAEO[2]]
    this_year = await drive_doc(system, lambda d: d.get("exchanges"))
    assert this_year["carried_forward"]["next_year"] == 2570


async def test_the_province_sees_the_drive_of_its_esas(system: SupervisionSystem) -> None:
    """Reporting: Loei counts its ESAs' drives (the tests above made Loei ESA 3's)."""
    officer = ("provincial_officer", "loei")
    loei = await reported(
        system, "/v1/provinces/loei/supervision/quality-drive", officer,
        lambda v: v["carried_forward"] == 1 and v["exchanges"] == 1,
    )  # fmt: skip
    assert (loei["teams"], loei["baselines"], loei["progress_reports"]) == (1, 1, 2)
    assert loei["schools_needing_help"] == 1
    assert [e["esa"] for e in loei["esas"] if e["teams"]] == ["loei-3"]
    section = await reported(
        system, "/v1/esas/loei-3/supervision", ("supervisor", "loei-3"),
        lambda v: v["figures"]["quality_drive.exchanges"] == 1,
    )  # fmt: skip
    labels = {row["หัวข้อ"] for row in section["rows"]}
    assert "กิจกรรมแลกเปลี่ยนเรียนรู้ผลการดำเนินงานที่ดี" in labels
