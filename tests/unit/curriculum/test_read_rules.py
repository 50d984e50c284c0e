"""Who reads what, through the API (in-process, on an in-memory store): a school reads its own
records and figures only; a cluster's supervisor the cluster's schools; the province's and the
nation's lists need grants over the whole of them. Out of scope is 404, in scope with the
wrong role 403; unknown ids, whatever their shape, are 404."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest

from tests.unit.curriculum.routes import Api, api

YESTERDAY = str(date.today() - timedelta(days=1))
CASES = "/v1/esas/rayong-2/curriculum-cases"
KLAENG, WANGCHAN = "1021080101", "1021090101"  # pilot schools of rayong-2's two clusters


@pytest.fixture
async def curriculum() -> AsyncIterator[Api]:
    async with api() as a:
        yield a


async def opened(a: Api, school: str) -> str:
    body = {"school": school, "academic_year": 2569, "curriculum_type": 2, "title": "หลักสูตร"}
    case = await a.call("POST", CASES, ("school", school), body, expect=201)
    return str(case["case_id"])


async def test_a_school_reads_its_own_case_and_a_cluster_supervisor_the_clusters(
    curriculum: Api,
) -> None:
    mine, theirs = await opened(curriculum, KLAENG), await opened(curriculum, WANGCHAN)
    school = ("school", KLAENG)
    assert (await curriculum.call("GET", f"{CASES}/{mine}", school))["case_id"] == mine
    await curriculum.call("GET", f"{CASES}/{theirs}", school, expect=404)
    await curriculum.call("GET", f"{CASES}/{theirs}/events", school, expect=404)
    listed = await curriculum.call("GET", CASES, school)
    assert [c["case_id"] for c in listed] == [mine]
    cluster = ("supervisor", "rayong-2-wangchan")
    assert [c["case_id"] for c in await curriculum.call("GET", CASES, cluster)] == [theirs]
    await curriculum.call("GET", f"{CASES}/{mine}", cluster, expect=404)
    everyone = await curriculum.call("GET", CASES, ("supervisor", "rayong-2"))
    assert sorted(c["case_id"] for c in everyone) == sorted([mine, theirs])


async def test_lists_of_a_province_or_the_nation_need_grants_over_all_of_it(
    curriculum: Api,
) -> None:
    for who in (("school", KLAENG), ("supervisor", "rayong-2")):
        refused = await curriculum.call(
            "GET", "/v1/provinces/rayong/curriculum-cases", who, expect=403
        )
        assert refused["error"]["details"]["roles"]
    await curriculum.call(
        "GET", "/v1/provinces/rayong/curriculum-meetings", ("school", KLAENG), expect=403
    )
    await curriculum.call(
        "GET", "/v1/provinces/rayong/curriculum-cases", ("supervisor", "loei-3"), expect=404
    )
    await curriculum.call(
        "GET", "/v1/nation/curriculum-cases", ("provincial_officer", "rayong"), expect=403
    )
    assert (
        await curriculum.call(
            "GET", "/v1/provinces/rayong/curriculum-cases", ("provincial_officer", "rayong")
        )
        == []
    )


@pytest.mark.parametrize(
    "path, name",
    [
        (f"{CASES}/not-a-case", "case_id"),
        ("/v1/provinces/rayong/curriculum-meetings/42", "meeting_id"),
        ("/v1/esas/rayong-2/schools/12/lesson-plans", "school"),
        (f"/v1/esas/rayong-2/schools/{KLAENG}/lesson-plans/x", "plan_id"),
        ("/v1/esas/rayong-2/exchange-forums/zz", "forum_id"),
        (f"/v1/esas/rayong-2/schools/{KLAENG}/class-assessments/x", "record_id"),
    ],
)
async def test_an_id_of_any_other_shape_is_simply_not_found(
    curriculum: Api, path: str, name: str
) -> None:
    refused = await curriculum.call("GET", path, ("admin", "th"), expect=404)
    assert name in refused["error"]["details"]


async def test_an_incomplete_submission_names_what_is_missing_in_thai(curriculum: Api) -> None:
    case = await opened(curriculum, KLAENG)
    director = ("school", KLAENG)
    refused = await curriculum.call("POST", f"{CASES}/{case}/submit", director, expect=422)
    items = refused["error"]["details"]["items"]
    assert [i["item"] for i in items] == refused["error"]["details"]["missing"]
    assert items[0] == {
        "item": "document",
        "label_th": "เอกสารหลักสูตร",
        "label_en": "The curriculum document",
    }


async def test_a_command_answers_the_case_and_puts_the_version_in_the_etag(
    curriculum: Api,
) -> None:
    case = await opened(curriculum, KLAENG)
    document = {"reference": "drive://v1", "content_hash": "sha256:" + "a" * 64}
    r = await curriculum.client.post(
        f"{CASES}/{case}/documents", json=document, headers=curriculum.auth("school_staff", KLAENG)
    )
    assert r.status_code == 200 and r.headers["etag"] == '"2"'
    assert r.json() == {
        "case_id": case,
        "stage": "draft",
        "stage_th": "โรงเรียนกำลังจัดทำ",
        "curriculum_type": 2,
        "document_version": 1,
        "decision_no": None,
    }


async def test_a_school_reads_the_forums_it_took_part_in_with_its_own_rows(
    curriculum: Api,
) -> None:
    supervisor = ("supervisor", "rayong-2")
    held = {"title": "เวที", "held_on": YESTERDAY, "format": "online", "topics": ["รูบริก"]}
    forum = await curriculum.call(
        "POST", "/v1/esas/rayong-2/exchange-forums", supervisor, held, 201
    )
    path = f"/v1/esas/rayong-2/exchange-forums/{forum['forum_id']}"
    rows = [{"school": KLAENG, "teachers": 3}, {"school": "1021080102", "teachers": 2}]
    await curriculum.call("PUT", path + "/participants", supervisor, {"schools": rows})
    seen = await curriculum.call("GET", path, ("school", KLAENG))
    assert [s["school"] for s in seen["participants"]["schools"]] == [KLAENG]
    await curriculum.call("GET", path, ("school", WANGCHAN), expect=404)
    listed = await curriculum.call("GET", "/v1/esas/rayong-2/exchange-forums", ("school", WANGCHAN))
    assert listed == []


async def test_the_coaching_team_is_read_by_the_provinces_people_not_by_schools(
    curriculum: Api,
) -> None:
    order = {"academic_year": 2569, "order_no": "1/2569", "appointed_on": YESTERDAY, "title": "ทีม"}
    team = await curriculum.call(
        "POST", "/v1/provinces/rayong/coaching-teams", ("driving_committee", "rayong"), order, 201
    )
    path = f"/v1/provinces/rayong/coaching-teams/{team['academic_year']}"
    assert (await curriculum.call("GET", path, ("supervisor", "rayong-2")))["order_no"] == "1/2569"
    await curriculum.call("GET", path, ("school", KLAENG), expect=403)
    await curriculum.call("GET", path, ("supervisor", "loei-3"), expect=404)
    coaches = f"/v1/esas/rayong-2/schools/{KLAENG}/coaches?year=2569"
    assert await curriculum.call("GET", coaches, ("school", KLAENG)) == []
    await curriculum.call("GET", coaches, ("school", WANGCHAN), expect=404)
