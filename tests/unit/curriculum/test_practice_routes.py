"""The practice routes through the API (in-process, on an in-memory store): a lesson plan with
a coach's feedback, a class record, records under the sandbox laws; and every operation of the
service declares the model of its answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest

from services.curriculum.main import create_app
from tests.unit.curriculum.routes import Api, api

YESTERDAY = str(date.today() - timedelta(days=1))
SCHOOL = "1021080101"
BASE = f"/v1/esas/rayong-2/schools/{SCHOOL}"
COACH = "dev:supervisor:rayong-2"  # the subject of the rayong-2 supervisor's test token


@pytest.fixture
async def curriculum() -> AsyncIterator[Api]:
    async with api() as a:
        yield a


async def coached(a: Api) -> None:
    driving = ("driving_committee", "rayong")
    order = {"academic_year": 2569, "order_no": "1/2569", "appointed_on": YESTERDAY, "title": "ทีม"}
    team = "/v1/provinces/rayong/coaching-teams"
    await a.call("POST", team, driving, order, 201)
    coach = await a.call(
        "POST", f"{team}/2569/coaches", driving, {"name": "ครูโค้ช", "person": COACH}, 201
    )
    await a.call(
        "PUT", f"{team}/2569/coaches/{coach['coach_no']}/schools", driving, {"schools": [SCHOOL]}
    )


async def test_feedback_of_a_coach_of_the_school_is_marked_the_teams(curriculum: Api) -> None:
    await coached(curriculum)
    teacher = ("school_staff", SCHOOL)
    start = {"academic_year": 2569, "subject": "science", "grade": "p4", "title": "ป่าชายเลน"}
    plan = await curriculum.call(
        "POST", f"{BASE}/lesson-plans", teacher, start | {"competencies": ["teamwork"]}, 201
    )
    path = f"{BASE}/lesson-plans/{plan['plan_id']}"
    version = {"reference": "drive://plan", "content_hash": "sha256:" + "b" * 64}
    await curriculum.call("POST", path + "/versions", teacher, version)
    ready = {"document_version": 1, "verdict": "ready"}
    by_coach = await curriculum.call("POST", path + "/feedback", ("supervisor", "rayong-2"), ready)
    by_member = await curriculum.call(
        "POST", path + "/feedback", ("academic_subcommittee", "rayong"), ready
    )
    assert [f["as_coach"] for f in by_member["feedback"]] == [True, False]
    assert by_coach["feedback"][0]["verdict_th"] == "พร้อมนำไปใช้จัดการเรียนรู้"
    refused = await curriculum.call("POST", path + "/feedback", teacher, ready, expect=403)
    assert refused["error"]["details"]["roles"] == ["academic_subcommittee", "supervisor"]
    other = ("school_staff", "1021080102")
    await curriculum.call("GET", path, other, expect=404)
    listed = await curriculum.call(
        "GET", "/v1/esas/rayong-2/lesson-plans", ("supervisor", "rayong-2")
    )
    assert [p["plan_id"] for p in listed] == [plan["plan_id"]]


async def test_a_class_record_refuses_a_competency_no_tool_assesses(curriculum: Api) -> None:
    teacher = ("school_staff", SCHOOL)
    opening = {
        "academic_year": 2569,
        "semester": 2,
        "subject": "arts",
        "grade": "p2",
        "learners": 10,
    }
    record = await curriculum.call("POST", f"{BASE}/class-assessments", teacher, opening, 201)
    path = f"{BASE}/class-assessments/{record['record_id']}"
    tool = {"kind": "observation", "title": "แบบสังเกต", "competencies": ["teamwork"]}
    await curriculum.call("POST", path + "/tools", teacher, tool)
    results = {"levels": {"communication": {"advanced": 10}}, "tools_used": [1]}
    refused = await curriculum.call("PUT", path + "/results", teacher, results, expect=422)
    assert refused["error"]["details"] == {"competencies": ["communication"], "tools_used": [1]}
    results["levels"] = {"teamwork": {"developing": 4, "proficient": 6}}
    done = await curriculum.call("PUT", path + "/results", teacher, results)
    assert done["results"]["revision"] == 1 and done["tools"][0]["kind"] == "observation"


async def test_money_is_the_directors_to_record_and_transfers_the_staffs(curriculum: Api) -> None:
    register = f"{BASE}/sandbox-records/2569"
    subsidy = {"occurred_on": YESTERDAY, "amount_baht": 80_000, "project": "ห้องเรียนนวัตกรรม"}
    await curriculum.call(
        "POST", register + "/innovation-subsidies", ("school_staff", SCHOOL), subsidy, 403
    )
    await curriculum.call(
        "POST", register + "/innovation-subsidies", ("school", SCHOOL), subsidy, 201
    )
    transfer = {"occurred_on": YESTERDAY, "direction": "out", "learners": 1, "grade": "p3"}
    transfer["other_school"] = "โรงเรียนวัดป่าประดู่"
    await curriculum.call(
        "POST", register + "/credit-transfers", ("school_staff", SCHOOL), transfer, 201
    )
    seen = await curriculum.call("GET", register, ("supervisor", "rayong-2"))
    assert seen["totals"]["innovation_subsidy_baht"] == 80_000
    assert seen["totals"]["credit_transfers_out"] == 1
    assert [e["entry_no"] for e in seen["entries"]] == [1, 2]


def test_every_operation_declares_the_model_of_its_answer() -> None:
    document = create_app().openapi()
    undeclared = [
        f"{method.upper()} {path}"
        for path, operations in document["paths"].items()
        if path.startswith("/v1")
        for method, operation in operations.items()
        if not any(
            answer.get("content", {}).get("application/json", {}).get("schema")
            for status, answer in operation["responses"].items()
            if status.startswith("2")
        )
    ]
    assert undeclared == []
