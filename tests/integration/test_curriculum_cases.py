"""Curriculum cases end to end through the API, on the real Kafka and FerretDB: a type 2 and a
type 3 curriculum each from draft to final decision with a send-back loop, meetings, agendas
and the case as it stood when a committee decided."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from tests.integration.curriculum_system import (
    CurriculumSystem,
    call,
    content_hash,
    decide,
    prepared_case,
    revise_and_resubmit,
    running,
    submit,
)
from tests.support.harness import eventually
from tests.support.infra import Infra


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[CurriculumSystem]:
    async with running(infra) as s:
        yield s


async def test_a_type_2_curriculum_runs_from_draft_to_provincial_approval(
    system: CurriculumSystem,
) -> None:
    school, esa = "1021080101", "rayong-2"
    case_id = await prepared_case(system, school, esa, 2)
    first = await submit(system, school, esa, case_id)
    assert (first["stage"], first["document_version"]) == ("screening", 1)

    sent_back = await decide(
        system, esa, case_id, "screening", "academic_subcommittee", "send_back"
    )
    assert sent_back["stage"] == "returned"
    case = await system.case(esa, case_id)
    assert case["sent_back"]["required_changes"] == ["ปรับตัวชี้วัดให้สอดคล้องกับกรอบสาระท้องถิ่น"]
    refused = await system.curriculum.post(
        f"/v1/esas/{esa}/curriculum-cases/{case_id}/submit", headers=system.auth("school", school)
    )
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "revision_required"

    again = await revise_and_resubmit(system, school, esa, case_id, "v2")
    assert (again["stage"], again["document_version"]) == ("screening", 2)
    await decide(system, esa, case_id, "screening", "academic_subcommittee", "pass")
    refused_forward = await decide(
        system, esa, case_id, "provincial-decision", "driving_committee", "forward", expect=422
    )
    assert refused_forward["error"]["code"] == "type_2_is_decided_by_the_province"
    approved = await decide(
        system, esa, case_id, "provincial-decision", "driving_committee", "approve"
    )
    assert approved["stage"] == "approved"

    case = await system.case(esa, case_id)
    assert [(d["committee"], d["outcome"], d["document_version"]) for d in case["decisions"]] == [
        ("academic_subcommittee", "sent_back", 1),
        ("academic_subcommittee", "passed", 2),
        ("driving_committee", "approved", 2),
    ]
    final = case["decisions"][-1]
    assert final["content_hash"] == content_hash("v2") and final["role"] == "driving_committee"
    timeline = await call(
        system.curriculum,
        "GET",
        f"/v1/esas/{esa}/curriculum-cases/{case_id}/events",
        system.auth("school", school),
    )
    contract = timeline[-1]
    assert contract["type"] == "curriculum.CurriculumApproved"
    assert {k: contract["data"][k] for k in ("school", "esa", "province", "academic_year")} == {
        "school": school,
        "esa": esa,
        "province": "rayong",
        "academic_year": 2569,
    }
    assert (contract["data"]["curriculum_type"], contract["data"]["approved_by"]) == (
        2,
        "driving_committee",
    )


async def test_a_type_3_curriculum_is_forwarded_and_decided_by_the_policy_committee(
    system: CurriculumSystem,
) -> None:
    school, esa = "1021070101", "rayong-1"
    case_id = await prepared_case(system, school, esa, 3)
    await submit(system, school, esa, case_id)
    await decide(system, esa, case_id, "screening", "academic_subcommittee", "pass")
    refused = await decide(
        system, esa, case_id, "provincial-decision", "driving_committee", "approve", expect=422
    )
    assert refused["error"]["code"] == "type_3_is_decided_nationally"
    assert "คณะกรรมการนโยบาย" in refused["error"]["message"]
    forwarded = await decide(
        system, esa, case_id, "provincial-decision", "driving_committee", "forward"
    )
    assert forwarded["stage"] == "national_review"

    await decide(system, esa, case_id, "national-decision", "policy_committee", "send_back")
    again = await revise_and_resubmit(system, school, esa, case_id, "v2-national")
    assert again["stage"] == "national_review"  # back to the committee that sent it back
    approved = await decide(
        system, esa, case_id, "national-decision", "policy_committee", "approve"
    )
    assert approved["stage"] == "approved"

    case = await system.case(esa, case_id)
    assert [d["outcome"] for d in case["decisions"]] == [
        "passed",
        "forwarded",
        "sent_back",
        "approved",
    ]
    assert case["decisions"][-1]["approved_by"] == "policy_committee"
    assert case["decisions"][-1]["document_version"] == 2


async def test_the_case_as_of_a_decision_is_what_the_committee_saw(
    system: CurriculumSystem,
) -> None:
    school, esa = "1021080102", "rayong-2"
    case_id = await prepared_case(system, school, esa, 2, year=2570)
    await submit(system, school, esa, case_id)
    await decide(system, esa, case_id, "screening", "academic_subcommittee", "send_back")
    await revise_and_resubmit(system, school, esa, case_id, "v2")
    case = await system.case(esa, case_id)
    decided_at = datetime.fromisoformat(case["decisions"][0]["decided_at"])
    timeline = await call(
        system.curriculum,
        "GET",
        f"/v1/esas/{esa}/curriculum-cases/{case_id}/events",
        system.auth("supervisor", esa),
    )
    sent_back = next(e for e in timeline if e["type"] == "curriculum.CurriculumSentBack")

    seen = await system.case(
        esa, case_id, as_of=(decided_at - timedelta(microseconds=1)).isoformat()
    )
    assert (seen["stage"], seen["decisions"], len(seen["documents"])) == ("screening", [], 1)
    after = await system.case(esa, case_id, as_of=sent_back["time"])
    assert after["stage"] == "returned" and len(after["decisions"]) == 1
    assert after["version"] == sent_back["version"]
    assert case["stage"] == "screening" and len(case["documents"]) == 2
    r = await system.curriculum.get(
        f"/v1/esas/{esa}/curriculum-cases/{case_id}",
        params={"as_of": "2020-01-01T00:00:00"},
        headers=system.auth("supervisor", esa),
    )
    assert r.status_code == 404 and r.json()["error"]["code"] == "case_not_yet_opened"


async def test_a_meeting_agenda_shows_the_decisions_taken_on_each_case(
    system: CurriculumSystem,
) -> None:
    school, esa = "1021080101", "rayong-2"
    case_id = await prepared_case(system, school, esa, 3, year=2571)
    await submit(system, school, esa, case_id)
    member = system.auth("academic_subcommittee", "rayong")
    meeting = await call(
        system.curriculum,
        "POST",
        "/v1/provinces/rayong/curriculum-meetings",
        member,
        {
            "committee": "academic_subcommittee",
            "meets_on": str(datetime.now().date()),
            "title": "ประชุมคณะอนุกรรมการวิชาการ ครั้งที่ 1/2569",
            "number": "1/2569",
        },
        expect=201,
    )
    meeting_id = meeting["meeting_id"]
    base = f"/v1/provinces/rayong/curriculum-meetings/{meeting_id}"
    item = {"esa": esa, "case_id": case_id}
    agenda = await call(system.curriculum, "POST", base + "/agenda", member, item)
    assert agenda["agenda"] == [case_id]
    await decide(
        system, esa, case_id, "screening", "academic_subcommittee", "pass", meeting_id=meeting_id
    )

    officer = system.auth("provincial_officer", "rayong")

    async def page() -> dict[str, Any]:
        r = await system.curriculum.get(base, headers=officer)
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    seen = await eventually(
        page, lambda m: bool(m.get("agenda") and m["agenda"][0]["decisions"]), 60
    )
    assert seen["agenda"][0]["case_id"] == case_id
    assert seen["agenda"][0]["decisions"][0]["outcome"] == "passed"

    async def worklist() -> list[dict[str, Any]]:
        driving = system.auth("driving_committee", "rayong")
        path = "/v1/provinces/rayong/curriculum-cases"
        r = await system.curriculum.get(
            path, params={"stage": "provincial_review"}, headers=driving
        )
        return r.json()  # type: ignore[no-any-return]

    waiting = await eventually(
        worklist, lambda rows: any(r["case_id"] == case_id for r in rows), 60
    )
    assert next(r for r in waiting if r["case_id"] == case_id)["curriculum_type"] == 3
