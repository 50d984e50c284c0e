"""Competency-based teaching end to end on the real Kafka and FerretDB: the province's
coaching team and its pilot schools, a teacher's lesson plan with a coach's feedback, an ESA's
exchange forum; each read by whom the read rules allow, and counted in reporting."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest

from tests.integration.curriculum_system import (
    CurriculumSystem,
    call,
    content_hash,
    practice,
    running,
)
from tests.support.infra import Infra

YEAR = 2569
COACH = "dev:supervisor:rayong-2"  # the token subject of the rayong-2 supervisor
TEAM = f"/v1/provinces/rayong/coaching-teams/{YEAR}"
PLANS = "/v1/esas/rayong-2/schools/1021080101/lesson-plans"
FORUMS = "/v1/esas/rayong-2/exchange-forums"
YESTERDAY = str(date.today() - timedelta(days=1))


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[CurriculumSystem]:
    async with running(infra) as s:
        await appointed_team(s)
        yield s


async def appointed_team(system: CurriculumSystem) -> None:
    """The province's team of the year, whose coach (the rayong-2 supervisor) works with
    1021080101 and 1021070101."""
    driving = system.auth("driving_committee", "rayong")
    order = {"academic_year": YEAR, "order_no": "12/2569", "appointed_on": YESTERDAY}
    order["title"] = "ทีมโค้ชจังหวัดระยอง ปีการศึกษา 2569"
    r = await system.curriculum.post(
        "/v1/provinces/rayong/coaching-teams", json=order, headers=driving
    )
    assert r.status_code == 201 and r.headers["location"] == TEAM, r.text
    member = {"name": "นางวนิดา แสงทอง", "position": "ศึกษานิเทศก์", "person": COACH}
    coach = await call(system.curriculum, "POST", TEAM + "/coaches", driving, member, expect=201)
    schools = {"schools": ["1021080101", "1021070101"]}
    path = TEAM + f"/coaches/{coach['coach_no']}/schools"
    assigned = await call(system.curriculum, "PUT", path, driving, schools)
    assert [s["esa"] for s in assigned["schools"]] == ["rayong-2", "rayong-1"]


async def test_the_driving_committee_appoints_the_coaching_team_of_the_pilot_schools(
    system: CurriculumSystem,
) -> None:
    driving = system.auth("driving_committee", "rayong")
    refused = await call(
        system.curriculum,
        "PUT",
        TEAM + "/coaches/1/schools",
        driving,
        {"schools": ["1021080103"]},
        expect=422,
    )
    assert refused["error"]["code"] == "not_a_sandbox_pilot_school"
    assert refused["error"]["details"] == {"schools": ["1021080103"]}
    team = await call(
        system.curriculum, "GET", TEAM, system.auth("academic_subcommittee", "rayong")
    )
    assert (team["order_no"], team["schools_coached"]) == ("12/2569", 2)
    school = system.auth("school", "1021080101")
    mine = await call(
        system.curriculum, "GET", "/v1/esas/rayong-2/schools/1021080101/coaches?year=2569", school
    )
    assert [c["person"] for c in mine] == [COACH]
    for who, status in (
        (school, 403),
        (system.auth("supervisor", "loei-3"), 404),
        (system.auth("driving_committee", "loei"), 404),
    ):
        assert (await system.curriculum.get(TEAM, headers=who)).status_code == status
    r = await system.curriculum.post(
        TEAM + "/coaches", json={"name": "x"}, headers=system.auth("supervisor", "rayong-2")
    )
    assert r.status_code == 403
    province = await practice(system, "provinces/rayong", YEAR, lambda p: p["schools_coached"] == 2)
    assert province["coaches"] == 1
    assert {e["esa"]: e["schools_coached"] for e in province["esas"]} == {
        "rayong-1": 1,
        "rayong-2": 1,
    }


async def test_a_teacher_writes_a_lesson_plan_and_a_coach_gives_feedback(
    system: CurriculumSystem,
) -> None:
    teacher = system.auth("school_staff", "1021080101")
    start = {"academic_year": YEAR, "subject": "science", "grade": "p4"}
    start |= {"title": "ป่าชายเลนบ้านเรา", "competencies": ["higher_order_thinking"]}
    r = await system.curriculum.post(PLANS, json=start, headers=teacher)
    assert r.status_code == 201, r.text
    plan = r.json()
    path = f"{PLANS}/{plan['plan_id']}"
    assert r.headers["location"] == path and r.headers["etag"] == '"1"'
    document = {"reference": "drive://แผน-ป่าชายเลน.pdf", "content_hash": content_hash("plan v1")}
    await call(system.curriculum, "POST", path + "/versions", teacher, document)
    feedback = {"document_version": 1, "verdict": "revise", "suggestions": ["เพิ่มการสะท้อนคิด"]}
    coached = await call(
        system.curriculum,
        "POST",
        path + "/feedback",
        system.auth("supervisor", "rayong-2"),
        feedback,
    )
    assert [f["as_coach"] for f in coached["feedback"]] == [True]
    member = system.auth("academic_subcommittee", "rayong")
    later = await call(system.curriculum, "POST", path + "/feedback", member, feedback)
    assert [f["as_coach"] for f in later["feedback"]] == [True, False]
    for who in (system.auth("school", "1021080102"), system.auth("supervisor", "loei-3")):
        assert (await system.curriculum.get(path, headers=who)).status_code == 404
    r = await system.curriculum.post(path + "/feedback", json=feedback, headers=teacher)
    assert r.status_code == 403
    esa = await practice(
        system, "esas/rayong-2", YEAR, lambda p: p["lesson_plans_with_feedback"] == 1
    )
    assert (esa["lesson_plans"], esa["lesson_plans_coached"]) == (1, 1)


async def test_an_esa_records_an_exchange_forum_and_a_school_reads_its_part(
    system: CurriculumSystem,
) -> None:
    supervisor = system.auth("supervisor", "rayong-2")
    held = {"title": "เวทีแลกเปลี่ยนเรียนรู้ครูสถานศึกษานำร่อง", "held_on": YESTERDAY}
    held |= {"format": "hybrid", "topics": ["การประเมินด้วยรูบริก"]}
    forum = await call(system.curriculum, "POST", FORUMS, supervisor, held, expect=201)
    path = f"{FORUMS}/{forum['forum_id']}"
    rows = [{"school": "1021080101", "teachers": 4}, {"school": "1021080102", "teachers": 3}]
    who = {"schools": rows, "others": 2}
    counted = await call(system.curriculum, "PUT", path + "/participants", supervisor, who)
    assert counted["participants"]["total"] == 9
    elsewhere = {"schools": [{"school": "1021070101", "teachers": 1}]}
    refused = await call(
        system.curriculum, "PUT", path + "/participants", supervisor, elsewhere, 422
    )
    assert refused["error"]["code"] == "schools_not_in_esa"
    outcomes = {"outcomes": ["ครูออกแบบรูบริกร่วมกัน"], "next_steps": ["นิเทศติดตามในชั้นเรียน"]}
    await call(system.curriculum, "PUT", path + "/outcomes", supervisor, outcomes)
    school = system.auth("school", "1021080101")
    seen = await call(system.curriculum, "GET", path, school)
    assert [s["school"] for s in seen["participants"]["schools"]] == ["1021080101"]
    outsider = system.auth("school", "1021090101")
    assert (await system.curriculum.get(path, headers=outsider)).status_code == 404
    assert (await system.curriculum.post(FORUMS, json=held, headers=school)).status_code == 403
    esa = await practice(system, "esas/rayong-2", YEAR, lambda p: p["forum_participants"] == 9)
    assert (esa["exchange_forums"], esa["forum_schools"]) == (1, 2)
