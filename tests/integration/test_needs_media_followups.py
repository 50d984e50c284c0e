"""Step 5, form 5 (แบบบันทึกผลการนิเทศ ติดตามการใช้/การบริการใช้สื่อ) through the API on the real
Kafka and FerretDB: a supervisor follows up a school's use of its media, naming its production
record, the service it received and the model media sent to it; the refusals; who reads the
record; and reporting's figures."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.needs_flow import (
    NA_HAEO,
    error_code,
    system_on_a_fixed_day,
)
from tests.integration.system import System
from tests.support.harness import eventually
from tests.support.infra import Infra
from tests.support.needs_bodies import model_media_body, production_body

pytestmark = pytest.mark.infra
PATIENCE = 60  # seconds a view may take on a busy machine
ESA = "/v1/esas/loei-3"
A, B = NA_HAEO[0], NA_HAEO[1]


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[System]:
    async with system_on_a_fixed_day(infra) as (s, _clock):
        yield s


@pytest.fixture(scope="module")
async def records(system: System) -> dict[str, str]:
    """School A's production record, a service it received, model media sent to it; and
    school B's production record and a request of A not yet fulfilled."""
    sup, a, b = (
        system.auth("supervisor", "loei-3"),
        system.auth("school", A),
        system.auth("school", B),
    )
    made: dict[str, str] = {}
    for key, school, headers, sha in (
        ("production", A, a, "1" * 64),
        ("other_school", B, b, "2" * 64),
    ):
        evidence = [{"title": "ไฟล์", "reference": f"doc://{key}", "sha256": sha}]
        r = await system.needs.post(
            f"{ESA}/schools/{school}/productions",
            json=production_body(evidence=evidence),
            headers=headers,
        )
        made[key] = r.json()["production_id"]
    for key in ("service", "unfulfilled"):
        r = await system.needs.post(
            f"{ESA}/schools/{A}/service-requests",
            json={"kind": "training", "details": "ขอรับการอบรมการใช้สื่อ"},
            headers=a,
        )
        made[key] = r.json()["request_id"]
    for step in ("accept", "fulfil"):
        r = await system.needs.post(
            f"{ESA}/service-requests/{made['service']}/{step}", json={}, headers=sup
        )
        assert r.status_code == 200, r.text
    r = await system.needs.post(f"{ESA}/model-media", json=model_media_body(), headers=sup)
    made["model_media"] = r.json()["dispatch_id"]
    return made


def followup(*uses: tuple[str, str, str], **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "visited_on": "2026-06-01",
        "mode": "on_site",
        "aspects": [{"aspect": "teaching", "score": 4}, {"aspect": "service", "score": 3}],
        "uses": [{"kind": k, "id": i, "use": u} for k, i, u in uses],
        "findings": "ครูนำชุดกิจกรรมไปใช้ทุกสัปดาห์ ผู้เรียนสนใจมากขึ้น",
        "recommendations": "ขยายผลสู่ชั้น ป.6",
    }
    return body | changes


async def test_a_supervisor_follows_up_the_use_of_what_the_school_made_and_received(
    system: System, records: dict[str, str]
) -> None:
    sup, school = system.auth("supervisor", "loei-3"), system.auth("school", A)
    body = followup(
        ("production", records["production"], "in_use"),
        ("service_request", records["service"], "partly"),
        ("model_media", records["model_media"], "not_used"),
    )
    r = await system.needs.post(f"{ESA}/schools/{A}/media-followups", json=body, headers=sup)
    assert r.status_code == 201, r.text
    assert (r.json()["quality_level"], r.json()["mean"], r.json()["semester"]) == (
        "excellent",
        3.5,
        1,
    )
    path = r.headers["Location"]

    async def as_school() -> dict[str, Any]:
        got = await system.needs.get(path, headers=school)
        return got.json() if got.status_code == 200 else {}  # type: ignore[no-any-return]

    shown = await eventually(as_school, lambda d: bool(d), timeout_s=PATIENCE)
    assert [(u["kind"], u["use"]) for u in shown["uses"]] == [
        ("production", "in_use"),
        ("service_request", "partly"),
        ("model_media", "not_used"),
    ]
    assert shown["uses"][0]["title"] == production_body()["title"]
    assert (await system.needs.get(path, headers=system.auth("school", B))).status_code == 404
    listed = (
        await system.needs.get(f"{ESA}/media-followups", headers=system.auth("school", B))
    ).json()
    assert listed == []  # B reads the follow-ups about itself only


async def test_records_it_may_not_name_and_callers_who_may_not_record_are_refused(
    system: System, records: dict[str, str]
) -> None:
    sup = system.auth("supervisor", "loei-3")
    body = followup(
        ("production", records["other_school"], "in_use"),
        ("service_request", records["unfulfilled"], "in_use"),
        ("production", "01a200cd-0000-7000-8000-00000000beef", "in_use"),
    )
    r = await system.needs.post(f"{ESA}/schools/{A}/media-followups", json=body, headers=sup)
    assert r.status_code == 422 and error_code(r) == "links_invalid"
    assert [p["problem"] for p in r.json()["error"]["details"]] == [
        "another_school",
        "not_fulfilled",
        "unknown",
    ]
    url = f"{ESA}/schools/{A}/media-followups"
    assert (
        await system.needs.post(url, json=followup(), headers=system.auth("school", A))
    ).status_code == 403
    assert (
        await system.needs.post(
            url, json=followup(), headers=system.auth("supervisor", "loei-3-dansai")
        )
    ).status_code == 404
    assert (
        await system.needs.post(url, json=followup(), headers=system.auth("supervisor", "loei-1"))
    ).status_code == 404
    r = await system.needs.post(url, json=followup(aspects=[]), headers=sup)
    assert r.status_code == 422 and r.json()["error"]["details"][0]["label"] == "ผลการนิเทศรายประเด็น"
    r = await system.needs.post(url, json=followup(visited_on="2026-06-02"), headers=sup)
    assert r.status_code == 422 and error_code(r) == "day_in_the_future"
    cluster = system.auth("supervisor", "loei-3-nahaeo")  # the supervisor of A's cluster
    r = await system.needs.post(url, json=followup(mode="online"), headers=cluster)
    assert r.status_code == 201, r.text


async def test_reporting_counts_follow_ups_schools_and_uses_per_esa_and_province(
    system: System, records: dict[str, str]
) -> None:
    officer = system.auth("provincial_officer", "loei")

    async def view(path: str) -> dict[str, Any]:
        r = await system.reporting.get(path, params={"year": 2569}, headers=officer)
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    loei = await eventually(
        lambda: view("/v1/provinces/loei/needs/media-followups"),
        lambda v: v.get("followups") == 2,
        timeout_s=PATIENCE,
    )
    assert (loei["schools_followed"], loei["uses_found"], loei["in_use_rate"]) == (
        1,
        3,
        round(1 / 3, 4),
    )
    modes = {m["mode"]: m["count"] for m in loei["by_mode"]}
    assert modes == {"on_site": 1, "online": 1}
    assert sum(e["followups"] for e in loei["esas"]) == 2
    school = system.auth("school", A)
    r = await system.reporting.get(
        "/v1/esas/loei-3/needs/media-followups", params={"year": 2569}, headers=school
    )
    assert r.status_code == 403
