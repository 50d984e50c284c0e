"""Who reads what in supervision, on the real Kafka and FerretDB: a school reads its own
figures and records only; a cluster's supervisor works on its cluster's schools; unknown ids
are 404 everywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.supervision_system import (
    NA_HAEO,
    SUP,
    SupervisionSystem,
    eventually,
    post,
    refused,
    running,
    visit_body,
)
from tests.support.harness import deployment_settings
from tests.support.infra import Infra

DAN_SAI = ["1042050101", "1042050102", "1042050103"]
CLUSTER_SUP = ("supervisor", "loei-3-dansai")
SCHOOL = ("school", NA_HAEO[0])


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[SupervisionSystem]:
    async with running(deployment_settings(infra.kafka, infra.mongo_url), False) as s:
        yield s


async def status(system: SupervisionSystem, path: str, who: tuple[str, str], **params: Any) -> int:
    r = await system.supervision.get(path, params=params, headers=system.auth(*who))
    return r.status_code


async def test_a_school_reads_its_own_figures_and_records_only(system: SupervisionSystem) -> None:
    for school in NA_HAEO[:2]:
        await post(
            system, "/v1/esas/loei-3/visits", visit_body(school, "2026-06-10T09:00:00+07:00")
        )

    async def visits() -> Any:
        return await system.get("/v1/esas/loei-3/visits", *SCHOOL, year=2569, semester=1)

    [own] = await eventually(visits, lambda rows: len(rows) == 1)
    assert own["school"] == NA_HAEO[0]
    coverage = await system.get("/v1/esas/loei-3/coverage", *SCHOOL, year=2569, semester=1)
    assert [s["school"] for s in coverage["schools"]] == [NA_HAEO[0]]
    assert coverage["school_count"] == 1 and len(coverage["supervisors"]) == 1
    items = await system.get("/v1/esas/loei-3/action-items", *SCHOOL, status="open")
    assert {i["school"] for i in items} <= {NA_HAEO[0]}
    for path in ("/v1/esas/loei-3/plans/2569/1", "/v1/esas/loei-3/trainings"):
        assert await status(system, path, SCHOOL, year=2569) == 403
    assert await status(system, "/v1/esas/loei-3/rubrics", SCHOOL) == 200


async def test_a_cluster_supervisor_works_on_its_clusters_schools(
    system: SupervisionSystem,
) -> None:
    visit = await post(
        system,
        "/v1/esas/loei-3/visits",
        visit_body(DAN_SAI[0], "2026-06-12T09:00:00+07:00"),
        CLUSTER_SUP,
    )
    body = visit_body(NA_HAEO[3], "2026-06-12T09:00:00+07:00")
    assert (await refused(system, "POST", "/v1/esas/loei-3/visits", body, CLUSTER_SUP))[0] == 404
    rubric = {"title": "แบบสังเกต", "indicators": [{"indicator_id": "plan", "title_th": "แผน"}]}
    path = "/v1/esas/loei-3/rubrics/classroom"
    assert (await refused(system, "PUT", path, rubric, CLUSTER_SUP))[0] == 403

    async def coverage() -> Any:
        return await system.get("/v1/esas/loei-3/coverage", *CLUSTER_SUP, year=2569, semester=1)

    view = await eventually(coverage, lambda v: v["not_visited_this_semester"] == 2)
    assert [s["school"] for s in view["schools"]] == DAN_SAI
    revised = await system.supervision.patch(
        f"/v1/esas/loei-3/visits/{visit['visit_id']}",
        json={"base_revision": 1, "findings": "ฉบับแก้ไข"},
        headers=system.auth(*CLUSTER_SUP),
    )
    assert revised.status_code == 200 and revised.headers["ETag"] == '"2"'


async def test_unknown_ids_are_not_found(system: SupervisionSystem) -> None:
    unknown = "01a200cd-0000-7000-8000-00000000beef"
    participants = {"participants": [{"name": "ครูมานะ ขยัน"}]}
    for method, path, body in (
        ("POST", f"/v1/esas/loei-3/trainings/{unknown}/participants", participants),
        ("PATCH", f"/v1/esas/loei-3/visits/{unknown}", {"base_revision": 1, "findings": "x"}),
        ("POST", "/v1/esas/loei-3/schools/1021080101/sar/2569/review", {"decision": "accept"}),
        ("POST", f"/v1/esas/loei-3/visits/{unknown}/acknowledgement", {"revision": 1}),
    ):
        who = SCHOOL if path.endswith("acknowledgement") else SUP
        assert (await refused(system, method, path, body, who))[0] == 404, path
    admin = ("admin", "th")
    assert await status(system, "/v1/esas/loei-9/coverage", admin, year=2569, semester=1) == 404
    assert await status(system, "/v1/esas/loei-3/plans/2569/3", SUP) == 404
    assert await status(system, f"/v1/esas/loei-3/visits/{unknown}", SUP) == 404
