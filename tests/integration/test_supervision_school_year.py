"""A school's year through the API: 4Q quality agreement, evaluation and honours; the SAR
returned and accepted, the ESA synthesis; training, partners and dissemination records."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from kit.settings import Settings
from tests.integration.supervision_system import (
    NA_HAEO,
    SUP,
    SupervisionSystem,
    eventually,
    post,
    running,
    send,
    sha,
)


@pytest.fixture
async def system(settings: Settings) -> AsyncIterator[SupervisionSystem]:
    async with running(settings, with_reporting=False) as s:
        yield s


async def test_a_year_of_4q_quality_sar_and_esa_records(system: SupervisionSystem) -> None:
    dims = ("student", "teacher", "classroom", "director", "management")
    path = f"/v1/esas/loei-3/schools/{NA_HAEO[2]}/quality/2569"
    await send(
        system,
        "PUT",
        f"{path}/agreement",
        {
            "targets": {d: 70 for d in dims},
            "signed_on": "2026-05-20",
            "school_director": "นางกัญญา สุขใจ",
            "esa_director": "นายประเสริฐ มั่นคง",
        },
        ("esa_director", "loei-3"),
    )
    evaluated = await post(
        system,
        f"{path}/evaluation",
        {
            "indicators": {d: {"i1": 80, "i2": 60 if d == "classroom" else 90} for d in dims},
            "evaluated_on": "2027-03-01",
        },
    )
    assert evaluated["targets_met"]["classroom"] is True and evaluated["overall"] == 82.0
    r = await system.supervision.post(
        f"{path}/honours",
        json={"title_th": "โรงเรียนคุณภาพ 4Q", "awarded_on": "2027-03-15"},
        headers=system.auth(*SUP),
    )
    assert r.status_code == 403  # honours are the ESA director's
    await post(
        system,
        f"{path}/honours",
        {"title_th": "โรงเรียนคุณภาพ 4Q", "awarded_on": "2027-03-15"},
        ("esa_director", "loei-3"),
    )

    school = ("school", NA_HAEO[2])
    await send(
        system,
        "PUT",
        "/v1/esas/loei-3/sar/2569",
        {"document": {"title": "SAR", "sha256": sha("v1")}},
        school,
    )
    review = f"/v1/esas/loei-3/schools/{NA_HAEO[2]}/sar/2569/review"
    await post(system, review, {"decision": "return", "reasons": ["ขาดหลักฐานมาตรฐานที่ 3"]})
    await send(
        system,
        "PUT",
        "/v1/esas/loei-3/sar/2569",
        {"document": {"title": "SAR", "sha256": sha("v2")}},
        school,
    )
    await post(system, review, {"decision": "accept"})

    training = await post(
        system,
        "/v1/esas/loei-3/trainings",
        {
            "academic_year": 2569,
            "title": "อบรมการผลิตสื่อ",
            "held_on": "2026-06-20",
            "hours": 6,
            "organiser": "กลุ่มนิเทศฯ",
            "policies": ["media_technology"],
            "participants": [{"name": "ครูสมใจ ใจงาม", "school": NA_HAEO[2]}],
        },
    )
    await post(
        system,
        f"/v1/esas/loei-3/trainings/{training['training_id']}/participants",
        {"participants": [{"name": "ครูมานะ ขยัน"}]},
    )
    await post(
        system,
        "/v1/esas/loei-3/partnerships",
        {
            "academic_year": 2569,
            "partner": "องค์การบริหารส่วนตำบลนาแห้ว",
            "sector": "public",
            "activity": "สนับสนุนอุปกรณ์ DLTV",
            "schools": [NA_HAEO[2]],
            "started_on": "2026-07-01",
        },
    )
    await post(
        system,
        "/v1/esas/loei-3/disseminations",
        {
            "academic_year": 2569,
            "title": "เผยแพร่สื่อ Unplugged Coding",
            "channel": "website",
            "published_on": "2026-08-01",
            "reach": 350,
        },
    )

    async def sar_list() -> Any:
        return await system.get("/v1/esas/loei-3/sar", *SUP, year=2569)

    sars = await eventually(sar_list, lambda rows: rows and rows[0]["status"] == "accepted")
    assert [h["status"] for h in sars[0]["history"]] == [
        "received",
        "returned",
        "received",
        "accepted",
    ]
    synthesis = await post(
        system, "/v1/esas/loei-3/sar/2569/synthesis", {"summary_th": "สรุปผล SAR"}
    )
    assert synthesis["schools_accepted"] == [NA_HAEO[2]]

    async def trainings() -> Any:
        return await system.get("/v1/esas/loei-3/trainings", *SUP, year=2569)

    rows = await eventually(trainings, lambda rows: rows and rows[0]["participant_count"] == 2)

    async def quality_rows() -> Any:
        return await system.get("/v1/esas/loei-3/quality", "school", NA_HAEO[2], year=2569)

    quality = await eventually(quality_rows, lambda rows: rows and rows[0].get("honours"))
    assert quality[0]["honours"][0]["title_th"] == "โรงเรียนคุณภาพ 4Q" and rows
    for kind in ("partnerships", "disseminations"):

        async def listed(kind: str = kind) -> Any:
            return await system.get(f"/v1/esas/loei-3/{kind}", *SUP, year=2569)

        await eventually(listed, lambda rows: len(rows) == 1)
