"""Roles and scopes on curriculum cases through the API: a school acts only on its own case,
provincial committees only within their province, the national committee only on forwarded
type 3 cases; out of scope is 404, in scope with the wrong role 403; bad input is a clear 4xx
that changes nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.integration.curriculum_system import (
    CurriculumSystem,
    call,
    decide,
    prepared_case,
    running,
    submit,
)
from tests.support.infra import Infra

YEAR = 2572


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[CurriculumSystem]:
    async with running(infra) as s:
        yield s


async def test_a_school_acts_only_on_its_own_case(system: CurriculumSystem) -> None:
    case_id = await prepared_case(system, "1021080101", "rayong-2", 2, YEAR)
    path = f"/v1/esas/rayong-2/curriculum-cases/{case_id}"
    neighbour = system.auth("school", "1021080102")  # same ESA, another school
    loei_school = system.auth("school", "1042060101")
    for headers in (neighbour, loei_school):
        assert (await system.curriculum.get(path, headers=headers)).status_code == 404
        r = await system.curriculum.post(path + "/submit", headers=headers)
        assert r.status_code == 404
    staff = system.auth("school_staff", "1021080101")
    assert (await system.curriculum.get(path, headers=staff)).status_code == 200
    r = await system.curriculum.post(path + "/submit", headers=staff)
    assert r.status_code == 403  # the director submits
    mine = await system.curriculum.get(
        "/v1/esas/rayong-2/curriculum-cases", headers=neighbour, params={"year": YEAR}
    )
    assert mine.status_code == 200 and mine.json() == []


async def test_a_school_opens_a_case_only_for_itself_and_only_as_a_sandbox_pilot(
    system: CurriculumSystem,
) -> None:
    body = {"school": "1021080102", "academic_year": YEAR, "curriculum_type": 2, "title": "x"}
    r = await system.curriculum.post(
        "/v1/esas/rayong-2/curriculum-cases", json=body, headers=system.auth("school", "1021080101")
    )
    assert r.status_code == 404
    loei = {"school": "1042060101", "academic_year": YEAR, "curriculum_type": 2, "title": "x"}
    r = await system.curriculum.post(
        "/v1/esas/loei-3/curriculum-cases", json=loei, headers=system.auth("school", "1042060101")
    )
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "not_a_sandbox_pilot_school"


async def test_committees_act_only_within_their_province_and_role(
    system: CurriculumSystem,
) -> None:
    case_id = await prepared_case(system, "1021080102", "rayong-2", 2, YEAR)
    await submit(system, "1021080102", "rayong-2", case_id)
    path = f"/v1/esas/rayong-2/curriculum-cases/{case_id}/screening"
    body = {"outcome": "pass", "reason": "ครบถ้วน"}
    loei_member = system.auth("academic_subcommittee", "loei")
    r = await system.curriculum.post(path, json=body, headers=loei_member)
    assert r.status_code == 404
    for wrong_role in (
        system.auth("supervisor", "rayong-2"),
        system.auth("driving_committee", "rayong"),
        system.auth("policy_committee", "th"),
    ):
        assert (
            await system.curriculum.post(path, json=body, headers=wrong_role)
        ).status_code == 403
    r = await system.curriculum.post(
        "/v1/provinces/loei/curriculum-cases", headers=system.auth("provincial_officer", "rayong")
    )
    assert r.status_code in (404, 405)
    r = await system.curriculum.get(
        "/v1/provinces/rayong/curriculum-cases", headers=system.auth("driving_committee", "loei")
    )
    assert r.status_code == 404
    r = await system.curriculum.post(
        "/v1/provinces/rayong/curriculum-meetings",
        json={"committee": "driving_committee", "meets_on": "2026-11-01", "title": "ประชุม"},
        headers=system.auth("driving_committee", "loei"),
    )
    assert r.status_code == 404


async def test_the_policy_committee_acts_only_on_forwarded_type_3_cases(
    system: CurriculumSystem,
) -> None:
    case_id = await prepared_case(system, "1021070101", "rayong-1", 3, YEAR)
    await submit(system, "1021070101", "rayong-1", case_id)
    refused = await decide(
        system, "rayong-1", case_id, "national-decision", "policy_committee", "approve", expect=422
    )
    assert refused["error"]["code"] == "not_forwarded"
    await decide(system, "rayong-1", case_id, "screening", "academic_subcommittee", "pass")
    refused = await decide(
        system, "rayong-1", case_id, "national-decision", "policy_committee", "approve", expect=422
    )
    assert refused["error"]["code"] == "not_forwarded"
    case = await system.case("rayong-1", case_id)
    assert case["stage"] == "provincial_review" and len(case["decisions"]) == 1


async def test_bad_input_is_refused_clearly_and_changes_nothing(system: CurriculumSystem) -> None:
    case_id = await prepared_case(system, "1021070102", "rayong-1", 2, YEAR)
    director = system.auth("school", "1021070102")
    base = f"/v1/esas/rayong-1/curriculum-cases/{case_id}"
    before = (await system.case("rayong-1", case_id))["version"]
    for method, path, body in (
        ("POST", "/documents", {"reference": "x", "content_hash": "md5:abc"}),
        (
            "POST",
            "/documents",
            {"reference": "x", "content_hash": "sha256:" + "a" * 64, "extra": 1},
        ),
        ("PUT", "/type", {"curriculum_type": 4}),
        ("PUT", "/public-hearing", {"held_on": "2026-06-01", "participants": {"aliens": 3}}),
        ("PUT", "/school-board-approval", {"approved_on": "2999-01-01", "resolution": "มติ"}),
        ("PUT", "/base-analysis", {"summary": "x" * 5001}),
        ("POST", "/withdraw", {"reason": ""}),
    ):
        r = await system.curriculum.request(method, base + path, json=body, headers=director)
        assert r.status_code == 422, (path, r.text)
        error = r.json()["error"]
        assert error["message"] and error["message_en"] and error["code"]
    hearing = {"held_on": "2026-06-01", "participants": {"parents": 3}}
    r = await system.curriculum.put(base + "/public-hearing", json=hearing, headers=director)
    assert r.json()["error"]["code"] == "partner_groups_missing"
    r = await system.curriculum.get(
        "/v1/esas/rayong-1/curriculum-cases/not-a-case", headers=director
    )
    assert r.status_code == 404 and r.json()["error"]["details"] == {"case_id": "not-a-case"}
    assert (await system.case("rayong-1", case_id))["version"] == before


async def test_withdrawal_before_the_final_decision(system: CurriculumSystem) -> None:
    case_id = await prepared_case(system, "1021090101", "rayong-2", 2, YEAR)
    await submit(system, "1021090101", "rayong-2", case_id)
    path = f"/v1/esas/rayong-2/curriculum-cases/{case_id}/withdraw"
    director = system.auth("school", "1021090101")
    answer = await call(system.curriculum, "POST", path, director, {"reason": "ขอปรับทั้งฉบับ"})
    assert answer["stage"] == "withdrawn"
    r = await system.curriculum.post(path, json={"reason": "อีกครั้ง"}, headers=director)
    assert r.status_code == 422 and r.json()["error"]["code"] == "case_closed"
