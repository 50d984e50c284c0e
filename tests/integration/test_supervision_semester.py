"""A semester of supervision in Loei ESA 3 through the API, on the real Kafka and FerretDB."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from kit.settings import Settings
from tests.integration.supervision_system import (
    NA_HAEO,
    SupervisionSystem,
    running,
    visit_body,
)
from tests.support.harness import eventually

SUP = ("supervisor", "loei-3")


@pytest.fixture
async def system(settings: Settings) -> AsyncIterator[SupervisionSystem]:
    async with running(settings, with_reporting=False) as s:
        yield s


async def post(system: SupervisionSystem, path: str, body: Any, who: tuple[str, str] = SUP) -> Any:
    r = await system.supervision.post(path, json=body, headers=system.auth(*who))
    assert r.status_code in (200, 201), r.text
    return r.json()


async def test_a_supervisor_plans_visits_and_follows_up_her_cluster(
    system: SupervisionSystem,
) -> None:
    plan = await post(
        system, "/v1/esas/loei-3/plans/2569/1/assignments", {"cluster": "loei-3-nahaeo"}
    )
    assert sorted(plan["assigned"]) == NA_HAEO
    await post(
        system,
        "/v1/esas/loei-3/plans/2569/1/planned-visits",
        {
            "school": NA_HAEO[0],
            "planned_on": "2026-06-10",
            "focus": "STEM",
            "policies": ["stem_coding"],
        },
    )
    visit = await post(
        system, "/v1/esas/loei-3/visits", visit_body(NA_HAEO[0], "2026-06-10T09:00:00+07:00")
    )
    assert (visit["academic_year"], visit["semester"]) == (2569, 1)

    async def coverage() -> dict[str, Any]:
        return await system.get("/v1/esas/loei-3/coverage", *SUP, year=2569, semester=1)  # type: ignore[no-any-return]

    view = await eventually(coverage, lambda v: v["not_visited_this_semester"] == 16)
    mine = next(s for s in view["supervisors"] if s["supervisor"])
    assert (
        mine["school_count"] == 14 and NA_HAEO[0] not in mine["schools_not_visited_this_semester"]
    )
