"""The needs routes' contract on in-memory stand-ins (tests/unit/needs/stage.py): who may read
and do what, the typed answers and their headers, and refusals that name what is wrong."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.needs_bodies import (
    NA_HAEO,
    campaign_body,
    model_media_body,
    production_body,
    standard_answers,
)
from tests.unit.needs.stage import START, Stage

ESA = "/v1/esas/loei-3"
A, B = NA_HAEO[0], NA_HAEO[1]
DAN_SAI = "1042050101"
SUP = ("supervisor", "loei-3")
CLUSTER = ("supervisor", "loei-3-nahaeo")
OFFICER = ("provincial_officer", "loei")


@pytest.fixture
async def stage() -> Stage:
    return Stage()


async def campaign(stage: Stage) -> str:
    standard = (await stage.call("GET", "/v1/needs/standard-survey", SUP)).json()
    template = (await stage.call("POST", f"{ESA}/survey-templates", SUP, standard)).json()
    body = campaign_body(template["template_id"], START.date())
    r = await stage.call("POST", f"{ESA}/campaigns", SUP, body)
    assert r.status_code == 201, r.text
    return str(r.json()["campaign_id"])


async def test_a_school_reads_its_own_part_of_a_campaign_and_staff_the_whole(stage: Stage) -> None:
    cid = await campaign(stage)
    answered = await stage.call(
        "PUT",
        f"{ESA}/campaigns/{cid}/responses/{A}",
        ("school", A),
        {"answers": standard_answers()},
    )
    assert answered.status_code == 200 and answered.json() == {
        "campaign_id": cid,
        "school": A,
        "revision": 1,
        "template_version": 1,
    }
    assert answered.headers["ETag"] == '"1"'
    mine = (await stage.call("GET", f"{ESA}/campaigns/{cid}", ("school", A))).json()
    assert (
        mine["targets"] is None
        and mine["responses"] is None
        and mine["my_response"]["revision"] == 1
    )
    whole = (await stage.call("GET", f"{ESA}/campaigns/{cid}", OFFICER)).json()
    assert len(whole["targets"]) == 14 and list(whole["responses"]) == [A]
    assert (
        await stage.call("GET", f"{ESA}/campaigns/{cid}", ("school", DAN_SAI))
    ).status_code == 404
    assert (await stage.call("GET", f"{ESA}/campaigns", CLUSTER)).status_code == 403
    assert (await stage.call("GET", f"{ESA}/survey-templates", ("school", A))).status_code == 403
    assert (
        await stage.call("GET", f"{ESA}/campaigns/{cid}/summary", ("school", A))
    ).status_code == 403
    assert (
        await stage.call("GET", f"{ESA}/campaigns", ("supervisor", "rayong-2"))
    ).status_code == 404
    response = f"{ESA}/campaigns/{cid}/responses/{A}"
    assert (await stage.call("GET", response, CLUSTER)).status_code == 200
    assert (await stage.call("GET", response, ("school", B))).status_code == 404


async def test_answers_at_fault_are_named_with_the_questions_thai_text(stage: Stage) -> None:
    cid = await campaign(stage)
    body = {"answers": standard_answers(math_media=9, internet=None)}
    r = await stage.call("PUT", f"{ESA}/campaigns/{cid}/responses/{A}", ("school", A), body)
    problems = {p["question"]: p for p in r.json()["error"]["details"]}
    assert r.status_code == 422 and set(problems) == {"math_media", "internet"}
    assert problems["math_media"]["label"] == "ระดับความต้องการสื่อกลุ่มสาระการเรียนรู้คณิตศาสตร์"
    assert problems["math_media"]["problem"] == "out_of_range" and problems["math_media"]["message"]


async def test_a_replayed_key_answers_the_first_answer_again(stage: Stage) -> None:
    headers = stage.auth(*SUP) | {"Idempotency-Key": "k-1"}
    body = model_media_body()
    first = await stage.client.post(f"{ESA}/model-media", json=body, headers=headers)
    again = await stage.client.post(f"{ESA}/model-media", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json() and again.headers["Idempotent-Replayed"] == "true"
    assert "version" not in first.json() and first.headers["Location"].endswith(
        first.json()["dispatch_id"]
    )


async def test_model_media_reach_the_schools_each_acknowledging_its_own(stage: Stage) -> None:
    sent = (await stage.call("POST", f"{ESA}/model-media", SUP, model_media_body())).json()
    path = f"{ESA}/model-media/{sent['dispatch_id']}"
    r = await stage.call("POST", f"{path}/receipts/{A}", ("school", A), {"note": "ครบ"})
    assert r.status_code == 201 and r.json()["received_on"] == "2026-06-01"
    assert (await stage.call("POST", f"{path}/receipts/{A}", ("school", B), {})).status_code == 404
    assert (await stage.call("POST", f"{path}/receipts/{A}", SUP, {})).status_code == 403
    r = await stage.call("POST", f"{path}/receipts/{DAN_SAI}", ("school", DAN_SAI), {})
    assert r.status_code == 422 and r.json()["error"]["code"] == "not_a_target_school"
    [mine] = (await stage.call("GET", f"{ESA}/model-media", ("school", A))).json()
    assert mine["my_receipt"]["note"] == "ครบ" and mine["receipts"] is None
    assert (await stage.call("GET", f"{ESA}/model-media", ("school", DAN_SAI))).json() == []
    r = await stage.call("POST", f"{ESA}/model-media", SUP, model_media_body(channel="pigeon"))
    [problem] = r.json()["error"]["details"]
    assert (problem["field"], problem["label"]) == ("channel", "ช่องทางการส่ง")


async def records_of_a(stage: Stage) -> dict[str, Any]:
    made = await stage.call(
        "POST", f"{ESA}/schools/{A}/productions", ("school", A), production_body()
    )
    asked = await stage.call(
        "POST",
        f"{ESA}/schools/{A}/service-requests",
        ("school", A),
        {"kind": "advice", "details": "ขอคำแนะนำ"},
    )
    return {"production": made.json()["production_id"], "request": asked.json()["request_id"]}


async def test_the_steps_of_a_record_check_who_acts_for_its_school(stage: Stage) -> None:
    ids = await records_of_a(stage)
    scores = {
        "scores": [
            {"indicator": i, "score": 3}
            for i in (
                "curriculum",
                "design",
                "usability",
                "effectiveness",
                "creativity",
                "dissemination",
            )
        ]
    }
    evaluation = f"{ESA}/productions/{ids['production']}/evaluation"
    assert (await stage.call("POST", evaluation, ("school", A), scores)).status_code == 403
    assert (
        await stage.call("POST", evaluation, ("supervisor", "loei-3-dansai"), scores)
    ).status_code == 404
    r = await stage.call("POST", evaluation, CLUSTER, scores)
    assert r.status_code == 200 and (r.json()["quality_level"], r.json()["evaluations"]) == (
        "good",
        1,
    )
    request = f"{ESA}/service-requests/{ids['request']}"
    assert (await stage.call("POST", f"{request}/accept", ("school", A), {})).status_code == 403
    r = await stage.call("POST", f"{request}/fulfil", SUP, {})
    assert r.status_code == 422 and r.json()["error"]["details"] == {"status": "requested"}
    for step in ("accept", "fulfil"):
        assert (await stage.call("POST", f"{request}/{step}", SUP, {})).status_code == 200
    r = await stage.call("POST", f"{request}/rating", ("school", A), {"rating": 5})
    assert (r.json()["status"], r.json()["rating"]) == ("fulfilled", 5)
    unknown = f"{ESA}/productions/01a200cd-0000-7000-8000-00000000beef/withdrawal"
    assert (await stage.call("POST", unknown, ("school", A), {"reason": "ซ้ำ"})).status_code == 404
    assert (await stage.call("GET", f"{ESA}/productions", CLUSTER)).json()[0]["school"] == A
    assert (await stage.call("GET", f"{ESA}/productions", ("school", B))).json() == []


async def test_a_follow_up_names_the_schools_records_and_a_cluster_supervisor_may_record_it(
    stage: Stage,
) -> None:
    ids = await records_of_a(stage)
    body = {
        "visited_on": "2026-06-01",
        "aspects": [{"aspect": "teaching", "score": 4}],
        "uses": [
            {"kind": "production", "id": ids["production"], "use": "in_use"},
            {"kind": "service_request", "id": ids["request"], "use": "in_use"},
        ],
        "findings": "ใช้สื่อสม่ำเสมอ",
    }
    url = f"{ESA}/schools/{A}/media-followups"
    r = await stage.call("POST", url, CLUSTER, body)
    assert r.status_code == 422 and [p["problem"] for p in r.json()["error"]["details"]] == [
        "not_fulfilled"
    ]
    body["uses"] = body["uses"][:1]
    r = await stage.call("POST", url, CLUSTER, body)
    assert r.status_code == 201 and r.json()["quality_level"] == "excellent"
    assert (await stage.call("POST", url, ("supervisor", "loei-3-dansai"), body)).status_code == 404
    assert (await stage.call("POST", url, OFFICER, body)).status_code == 403
    assert (
        await stage.call("POST", f"{ESA}/schools/1042069999/media-followups", SUP, body)
    ).status_code == 404
    got = await stage.call("GET", r.headers["Location"], ("school", A))
    assert got.status_code == 200 and got.json()["by"]["role"] == "supervisor"
    assert (await stage.call("GET", r.headers["Location"], ("school", B))).status_code == 404
