"""The refusals of campaigns, responses and templates through the API: who may run a
campaign, what a campaign must say, that only a school answers for itself, and that a
published template version never changes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integration.needs_flow import (
    error_code,
    publish_standard_template,
    standard_answers,
    version_2,
)
from tests.integration.needs_year_fixtures import ESA, PATIENCE, A, C, E, deployment, system
from tests.integration.system import System
from tests.support.harness import eventually

pytestmark = pytest.mark.infra
__all__ = ["deployment", "system"]  # fixtures, used by name


def campaign_2570(template: str, **changes: Any) -> dict[str, Any]:
    """A campaign of academic year 2570 in June 2026, with the changes a test makes."""
    body = {
        "title": "สำรวจ",
        "academic_year": 2570,
        "opens_on": "2026-06-01",
        "closes_on": "2026-06-30",
        "template_id": template,
    }
    return body | changes


async def test_only_supervisors_of_the_esa_run_campaigns(system: System) -> None:
    template = await publish_standard_template(system)
    body = campaign_2570(template)
    for role, scope, status in (
        ("school", A, 403),
        ("esa_director", "loei-3", 403),
        ("provincial_officer", "loei", 403),
        ("supervisor", "loei-1", 404),
        ("supervisor", "rayong-2", 404),
    ):
        r = await system.needs.post(f"{ESA}/campaigns", json=body, headers=system.auth(role, scope))
        assert r.status_code == status, (role, scope, r.text)
    r = await system.needs.post(
        f"{ESA}/campaigns/some-campaign/close", headers=system.auth("school", A)
    )
    assert r.status_code == 403


async def test_bad_campaigns_are_refused_with_a_reason(system: System) -> None:
    sup = system.auth("supervisor", "loei-3")
    template = await publish_standard_template(system)
    good = campaign_2570(template)
    cases = [
        ({"template_id": "no-such-template"}, 404, "template_not_found"),
        ({"closes_on": "2026-05-01"}, 422, "dates_reversed"),
        ({"academic_year": 2580}, 422, "academic_year_mismatch"),
        ({"template_version": 9}, 422, "template_version_unknown"),
        ({"target": {"kind": "list", "schools": ["1021080101"]}}, 422, "unknown_schools"),
        ({"target": {"kind": "cluster", "cluster": "rayong-2-klaeng"}}, 422, "unknown_cluster"),
        ({"deadline": "soon"}, 422, "invalid_input"),
    ]
    for change, status, code in cases:
        r = await system.needs.post(f"{ESA}/campaigns", json=good | change, headers=sup)
        assert (r.status_code, error_code(r)) == (status, code), change
        assert r.json()["error"]["message"] and r.json()["error"]["message_en"]


async def test_only_the_school_answers_for_itself(system: System) -> None:
    template = await publish_standard_template(system)
    body = campaign_2570(template, target={"kind": "list", "schools": [A, C]})
    r = await system.needs.post(
        f"{ESA}/campaigns", json=body, headers=system.auth("supervisor", "loei-3")
    )
    campaign = r.json()["campaign_id"]
    url = f"{ESA}/campaigns/{campaign}/responses/{A}"
    answers = {"answers": standard_answers()}
    assert (
        await system.needs.put(url, json=answers, headers=system.auth("school", C))
    ).status_code == 404
    assert (
        await system.needs.put(url, json=answers, headers=system.auth("supervisor", "loei-3"))
    ).status_code == 403
    outsider = f"{ESA}/campaigns/{campaign}/responses/{E}"
    r = await system.needs.put(outsider, json=answers, headers=system.auth("school", E))
    assert r.status_code == 422 and error_code(r) == "not_a_target_school"
    r = await system.needs.put(
        url, json={"answers": {"media_needed": True}}, headers=system.auth("school", A)
    )
    assert r.status_code == 422  # a boolean is no answer to any kind of question
    r = await system.needs.post(
        f"{url}/return", json={"reason": "แก้ไข"}, headers=system.auth("supervisor", "loei-3")
    )
    assert r.status_code == 422 and error_code(r) == "no_response"


async def test_a_published_template_version_never_changes(system: System) -> None:
    sup = system.auth("supervisor", "loei-3")
    template = await publish_standard_template(system)
    standard = (await system.needs.get("/v1/needs/standard-survey", headers=sup)).json()
    same = await system.needs.post(
        f"{ESA}/survey-templates/{template}/versions", json=standard, headers=sup
    )
    assert same.status_code == 422 and error_code(same) == "template_unchanged"
    changed = {**standard, "questions": [{**standard["questions"][1], "kind": "number"}]}
    r = await system.needs.post(
        f"{ESA}/survey-templates/{template}/versions", json=changed, headers=sup
    )
    assert (
        r.status_code == 422
        and r.json()["error"]["details"][0]["problem"] == "question_meaning_changed"
    )
    school = await system.needs.post(
        f"{ESA}/survey-templates", json=standard, headers=system.auth("school", A)
    )
    assert school.status_code == 403
    assert (
        await system.needs.post(
            f"{ESA}/survey-templates/{template}/versions", json=version_2(standard), headers=sup
        )
    ).status_code == 201

    async def read() -> dict[str, Any]:
        r = await system.needs.get(f"{ESA}/survey-templates/{template}", headers=sup)
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    doc = await eventually(read, lambda d: d.get("latest_version") == 2, timeout_s=PATIENCE)
    first, second = doc["versions"]
    assert first["questions"] == standard["questions"] and len(second["questions"]) == 11
