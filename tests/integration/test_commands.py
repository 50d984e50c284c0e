"""Commands through HTTP on the real store: concurrent writers and idempotent retries."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from kit.settings import Settings
from tests.integration.needs_flow import (
    NA_HAEO,
    campaign_body,
    open_campaign,
    publish_standard_template,
    standard_answers,
)
from tests.integration.system import System, running_system
from tests.support.harness import eventually


@pytest.fixture
async def system(settings: Settings) -> AsyncIterator[System]:
    async with running_system(settings) as s:
        yield s


def response_url(campaign: str, school: str) -> str:
    return f"/v1/esas/loei-3/campaigns/{campaign}/responses/{school}"


async def test_of_concurrent_writers_that_saw_the_same_version_exactly_one_wins(
    system: System,
) -> None:
    campaign = await open_campaign(system)
    school = system.auth("school", NA_HAEO[0])
    first = await system.needs.put(
        response_url(campaign, NA_HAEO[0]),
        json={"answers": standard_answers(devices_needed=1)},
        headers=school,
    )
    assert first.status_code == 200 and first.headers["ETag"] == '"1"'

    async def revise(n: int) -> Any:
        return await system.needs.put(
            response_url(campaign, NA_HAEO[0]),
            json={"answers": standard_answers(devices_needed=n)},
            headers=school | {"If-Match": '"1"'},
        )

    answers = await asyncio.gather(*(revise(n) for n in range(2, 8)))
    codes = sorted(r.status_code for r in answers)
    assert codes == [200, 409, 409, 409, 409, 409]
    conflict = next(r for r in answers if r.status_code == 409).json()["error"]
    assert conflict["code"] == "version_conflict" and conflict["message"]
    stale = await revise(9)
    assert stale.status_code == 409


async def test_a_retried_command_with_the_same_idempotency_key_is_applied_once(
    system: System,
) -> None:
    campaign = await open_campaign(system)
    school = system.auth("school", NA_HAEO[1]) | {"Idempotency-Key": "retry-1"}
    body = {"answers": standard_answers(internet=4)}
    answers = await asyncio.gather(
        *(
            system.needs.put(response_url(campaign, NA_HAEO[1]), json=body, headers=school)
            for _ in range(4)
        )
    )
    assert {r.status_code for r in answers} == {200}
    assert len({r.text for r in answers}) == 1  # every retry got the first result
    assert sum(r.headers.get("Idempotent-Replayed") == "true" for r in answers) == 3
    assert {r.headers["ETag"] for r in answers} == {'"1"'}

    reused = await system.needs.put(
        response_url(campaign, NA_HAEO[1]),
        json={"answers": standard_answers(internet=2)},
        headers=school,
    )
    assert reused.status_code == 422 and reused.json()["error"]["code"] == "idempotency_key_reused"

    sup = system.auth("supervisor", "loei-3")

    async def view() -> dict[str, Any]:
        r = await system.needs.get(f"/v1/esas/loei-3/campaigns/{campaign}", headers=sup)
        return r.json()  # type: ignore[no-any-return]

    seen = await eventually(view, lambda c: NA_HAEO[1] in c.get("responses", {}))
    assert seen["responses"][NA_HAEO[1]]["revision"] == 1


async def test_opening_a_campaign_twice_with_one_key_opens_one_campaign(system: System) -> None:
    template = await publish_standard_template(system)
    sup = system.auth("supervisor", "loei-3") | {"Idempotency-Key": "open-once"}
    body = campaign_body(template, kind="all")
    first = await system.needs.post("/v1/esas/loei-3/campaigns", json=body, headers=sup)
    again = await system.needs.post("/v1/esas/loei-3/campaigns", json=body, headers=sup)
    assert first.status_code == again.status_code == 201, first.text
    assert first.json()["campaign_id"] == again.json()["campaign_id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            {
                "title": "",
                "academic_year": 2569,
                "opens_on": "2026-11-01",
                "closes_on": "2027-01-01",
            },
            "title",
        ),
        (
            {
                "title": "x",
                "academic_year": 1999,
                "opens_on": "2026-11-01",
                "closes_on": "2027-01-01",
            },
            "academic_year",
        ),
        (
            {
                "title": "x",
                "academic_year": 2569,
                "opens_on": "not a date",
                "closes_on": "2027-01-01",
            },
            "opens_on",
        ),
        (
            {
                "title": "x",
                "academic_year": 2569,
                "opens_on": "2026-11-01",
                "closes_on": "2027-01-01",
                "extra": 1,
            },
            "extra",
        ),
    ],
)
async def test_bad_input_gets_a_clear_422_and_writes_nothing(
    system: System, body: dict[str, Any], field: str
) -> None:
    sup = system.auth("supervisor", "loei-3")
    r = await system.needs.post("/v1/esas/loei-3/campaigns", json=body, headers=sup)
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "invalid_input" and error["message"] and error["message_en"]
    [detail] = [d for d in error["details"] if d["field"] == field]
    assert detail["in"] == "body" and detail["label"] and detail["message_en"]
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in detail["message"])  # said in Thai


async def test_reversed_dates_are_refused_with_their_own_code(system: System) -> None:
    sup = system.auth("supervisor", "loei-3")
    body = campaign_body(await publish_standard_template(system)) | {
        "opens_on": "2027-01-02",
        "closes_on": "2027-01-01",
    }
    r = await system.needs.post("/v1/esas/loei-3/campaigns", json=body, headers=sup)
    assert r.status_code == 422 and r.json()["error"]["code"] == "dates_reversed"


async def test_requests_without_a_valid_token_or_role_are_refused(system: System) -> None:
    r = await system.needs.get("/v1/esas/loei-3/campaigns")
    assert r.status_code == 401
    r = await system.needs.get(
        "/v1/esas/loei-3/campaigns", headers={"Authorization": "Bearer nonsense"}
    )
    assert r.status_code == 401
    school = system.auth("school", NA_HAEO[0])
    body = campaign_body(await publish_standard_template(system))
    r = await system.needs.post("/v1/esas/loei-3/campaigns", json=body, headers=school)
    assert r.status_code == 403
