"""A semester of supervision in Loei ESA 3 through the API, on the real Kafka and FerretDB."""

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
    visit_body,
)

SCHOOL = ("school", NA_HAEO[0])
RUBRIC = {
    "title": "แบบสังเกตการจัดการเรียนรู้ในชั้นเรียน",
    "indicators": [
        {"indicator_id": "plan", "title_th": "การออกแบบการจัดการเรียนรู้"},
        {"indicator_id": "media", "title_th": "การใช้สื่อและเทคโนโลยี"},
    ],
}


@pytest.fixture
async def system(settings: Settings) -> AsyncIterator[SupervisionSystem]:
    async with running(settings, with_reporting=False) as s:
        yield s


async def visit_doc(
    system: SupervisionSystem, visit_id: str, accept: Any, who: tuple[str, str] = SUP
) -> Any:
    async def probe() -> Any:
        r = await system.supervision.get(
            f"/v1/esas/loei-3/visits/{visit_id}", headers=system.auth(*who)
        )
        return r.json() if r.status_code == 200 else {}

    return await eventually(probe, accept)


async def test_a_supervisor_plans_visits_and_follows_up_her_cluster(
    system: SupervisionSystem,
) -> None:
    plan = await post(
        system, "/v1/esas/loei-3/plans/2569/1/assignments", {"cluster": "loei-3-nahaeo"}
    )
    assert sorted(plan["assigned"]) == NA_HAEO
    moved = await post(
        system,
        "/v1/esas/loei-3/plans/2569/1/assignments",
        {
            "supervisor": "somsri.colleague",
            "supervisor_name": "นางสมศรี ทดสอบ",
            "schools": [NA_HAEO[13]],
        },
    )
    assert moved["reassigned"] == [NA_HAEO[13]]
    planned = await post(
        system,
        "/v1/esas/loei-3/plans/2569/1/planned-visits",
        {
            "school": NA_HAEO[0],
            "planned_on": "2026-06-10",
            "focus": "STEM",
            "policies": ["stem_coding"],
        },
    )
    draft = visit_body(
        NA_HAEO[0],
        "2026-06-10T09:00:00+07:00",
        visit_id="draft-0001",
        drafted_at="2026-06-10T11:30:00+07:00",
        planned_visit_id=planned["planned_visit_id"],
    )
    sent = [
        await system.supervision.post(
            "/v1/esas/loei-3/visits", json=draft, headers=system.auth(*SUP)
        )
        for _ in range(2)  # the device sent it twice
    ]
    first, again = (r.json() for r in sent)
    assert [r.headers["ETag"] for r in sent] == ['"1"', '"1"'] and first == again
    assert first == {
        "visit_id": "draft-0001",
        "school": NA_HAEO[0],
        "academic_year": 2569,
        "semester": 1,
        "revision": 1,
    }
    assert sent[0].headers["Location"] == "/v1/esas/loei-3/visits/draft-0001"

    await send(system, "PUT", "/v1/esas/loei-3/rubrics/classroom", RUBRIC)
    observed = await post(
        system,
        "/v1/esas/loei-3/visits/draft-0001/observations",
        {
            "observation_id": "obs-1",
            "rubric_id": "classroom",
            "teacher": "ครูสมใจ ใจงาม",
            "subject_area": "วิทยาการคำนวณ",
            "grade_level": "ป.5",
            "scores": {"plan": "excellent", "media": "good"},
        },
    )
    assert observed["overall_level"] == "excellent" and observed["rubric_version"] == 1

    await send(
        system,
        "PATCH",
        "/v1/esas/loei-3/visits/draft-0001",
        {"base_revision": 1, "findings": "ฉบับแก้ไข"},
    )
    r = await system.supervision.patch(
        "/v1/esas/loei-3/visits/draft-0001",
        json={"base_revision": 1, "findings": "แก้จากฉบับเก่า"},
        headers=system.auth(*SUP),
    )
    assert r.status_code == 409 and r.json()["error"]["code"] == "visit_edit_conflict"
    assert r.json()["error"]["details"]["changed_since_your_base"] == {"findings": "ฉบับแก้ไข"}

    r = await system.supervision.post(
        "/v1/esas/loei-3/visits/draft-0001/acknowledgement",
        json={"revision": 1},
        headers=system.auth(*SCHOOL),
    )
    assert r.status_code == 409  # the school must read revision 2 first
    await post(
        system,
        "/v1/esas/loei-3/visits/draft-0001/dispute",
        {"revision": 2, "comment": "จำนวนนักเรียนไม่ถูกต้อง"},
        SCHOOL,
    )
    doc = await visit_doc(system, "draft-0001", lambda d: d.get("status") == "disputed", SCHOOL)
    assert doc["revision"] == 2 and doc["observations"][0]["overall_level"] == "excellent"
    assert doc["occurred_on"] == "2026-06-10" and doc["drafted_at"] and doc["recorded_at"]

    later = await post(
        system,
        "/v1/esas/loei-3/visits",
        visit_body(NA_HAEO[0], "2026-07-01T09:00:00+07:00", action_items=[]),
    )
    await post(
        system,
        "/v1/esas/loei-3/visits/draft-0001/action-items/a1/verification",
        {"at_visit_id": later["visit_id"], "outcome": "done", "note": "มีแผนครบ"},
    )
    doc = await visit_doc(
        system,
        "draft-0001",
        lambda d: d.get("action_items", {}).get("a1", {}).get("status") == "done",
    )

    async def coverage() -> dict[str, Any]:
        return await system.get("/v1/esas/loei-3/coverage", *SUP, year=2569, semester=1)  # type: ignore[no-any-return]

    view = await eventually(coverage, lambda v: v["not_visited_this_semester"] == 16)
    mine = next(s for s in view["supervisors"] if s["supervisor"] == "dev:supervisor:loei-3")
    assert (
        mine["school_count"] == 13 and NA_HAEO[0] not in mine["schools_not_visited_this_semester"]
    )
    colleague = next(s for s in view["supervisors"] if s["supervisor"] == "somsri.colleague")
    assert colleague["schools_not_visited_this_semester"] == [NA_HAEO[13]]

    async def plan_doc() -> Any:
        return await system.get("/v1/esas/loei-3/plans/2569/1", *SUP)

    pid = planned["planned_visit_id"]
    plan_now = await eventually(plan_doc, lambda p: p["planned"].get(pid, {}).get("visit_id"))
    assert plan_now["planned"][pid]["visit_id"] == "draft-0001"
    assert plan_now["reassignments"][0]["to_supervisor"] == "somsri.colleague"


async def test_roles_and_scopes_are_enforced(system: SupervisionSystem) -> None:
    visit = await post(
        system, "/v1/esas/loei-3/visits", visit_body(NA_HAEO[1], "2026-06-11T09:00:00+07:00")
    )
    body = visit_body(NA_HAEO[1], "2026-06-11T09:00:00+07:00")
    r = await system.supervision.post(
        "/v1/esas/loei-3/visits", json=body, headers=system.auth("supervisor", "loei-1")
    )
    assert r.status_code == 404  # another ESA's supervisor does not see loei-3
    r = await system.supervision.post(
        "/v1/esas/loei-3/visits",
        json=visit_body("1042000101", "2026-06-11T09:00:00+07:00"),
        headers=system.auth(*SUP),
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "school_not_in_esa"
    r = await system.supervision.post(
        "/v1/esas/loei-3/visits", json=body, headers=system.auth("provincial_officer", "loei")
    )
    assert r.status_code == 403  # the province reads, it does not record visits
    await visit_doc(
        system,
        visit["visit_id"],
        lambda d: d.get("visit_id") == visit["visit_id"],
        ("provincial_officer", "loei"),
    )
    await visit_doc(
        system, visit["visit_id"], lambda d: d.get("school") == NA_HAEO[1], ("school", NA_HAEO[1])
    )
    r = await system.supervision.get(
        f"/v1/esas/loei-3/visits/{visit['visit_id']}", headers=system.auth("school", NA_HAEO[0])
    )
    assert r.status_code == 404  # another school's record
    listed = await system.get("/v1/esas/loei-3/visits", "school", NA_HAEO[0], year=2569, semester=1)
    assert listed == []
    r = await system.supervision.get(
        f"/v1/esas/loei-3/visits/{visit['visit_id']}",
        headers=system.auth("provincial_officer", "rayong"),
    )
    assert r.status_code == 404
    r = await system.supervision.post(
        f"/v1/esas/loei-3/visits/{visit['visit_id']}/acknowledgement",
        json={"revision": 1},
        headers=system.auth("school", NA_HAEO[0]),
    )
    assert r.status_code == 404  # a school answers only for its own visits
    r = await system.supervision.post(
        "/v1/esas/loei-3/visits", json=body | {"findings": "x" * 5000}, headers=system.auth(*SUP)
    )
    assert r.status_code == 422 and r.json()["error"]["message_en"]
