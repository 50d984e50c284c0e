"""Supervision reporting: ESA, province and nation views, province = sum of its ESAs, and the
read models equal to a rebuild from the event history."""

from __future__ import annotations

from typing import Any

from kit.readmodel.docs import public
from kit.readmodel.rebuild import rebuild
from kit.settings import Settings
from tests.integration.supervision_system import (
    NA_HAEO,
    SupervisionSystem,
    eventually,
    running,
    visit_body,
)

OFFICER = ("provincial_officer", "loei")


async def record(system: SupervisionSystem, esa: str, school: str, day: str) -> str:
    r = await system.supervision.post(
        f"/v1/esas/{esa}/visits",
        json=visit_body(school, f"{day}T09:00:00+07:00"),
        headers=system.auth("supervisor", esa),
    )
    assert r.status_code == 201, r.text
    return str(r.json()["visit_id"])


async def report(system: SupervisionSystem, path: str, who: tuple[str, str], **params: Any) -> Any:
    assert system.reporting is not None
    r = await system.reporting.get(path, params=params, headers=system.auth(*who))
    assert r.status_code == 200, r.text
    return r.json()


async def test_the_province_is_the_sum_of_its_esas_and_a_rebuild_changes_nothing(
    settings: Settings,
) -> None:
    async with running(settings) as system:
        visits = [await record(system, "loei-3", s, "2026-06-10") for s in NA_HAEO[:3]]
        await record(system, "loei-1", "1042000101", "2026-06-15")
        await system.supervision.put(
            "/v1/esas/loei-3/rubrics/classroom",
            json={"title": "แบบสังเกต", "indicators": [{"indicator_id": "plan", "title_th": "แผน"}]},
            headers=system.auth("supervisor", "loei-3"),
        )
        r = await system.supervision.post(
            f"/v1/esas/loei-3/visits/{visits[0]}/observations",
            json={
                "observation_id": "o1",
                "rubric_id": "classroom",
                "teacher": "ครูสมใจ",
                "subject_area": "คณิตศาสตร์",
                "grade_level": "ป.3",
                "scores": {"plan": "good"},
            },
            headers=system.auth("supervisor", "loei-3"),
        )
        assert r.status_code == 201, r.text

        async def province() -> Any:
            return await report(
                system, "/v1/provinces/loei/supervision/coverage", OFFICER, year=2569, semester=1
            )

        view = await eventually(province, lambda v: (v["visited"], v["schools"]) == (4, 28))
        assert view["schools"] == sum(e["schools"] for e in view["esas"]) == 6 + 5 + 17
        assert view["visited"] == sum(e["visited"] for e in view["esas"])
        loei3 = await report(
            system, "/v1/esas/loei-3/supervision/coverage", OFFICER, year=2569, semester=1
        )
        assert (loei3["schools"], loei3["visited"]) == (17, 3)
        assert NA_HAEO[0] not in loei3["schools_not_visited"]

        async def levels() -> Any:
            return await report(
                system, "/v1/esas/loei-3/supervision/observations", OFFICER, year=2569
            )

        obs = await eventually(levels, lambda v: v["observations"] == 1)
        assert {lv["level"]: lv["count"] for lv in obs["levels"]}["good"] == 1
        follow = await report(
            system, "/v1/provinces/loei/supervision/follow-ups", OFFICER, year=2569
        )
        assert follow["action_items"] == 4 and follow["overdue"] == 0
        section = await report(
            system, "/v1/provinces/loei/supervision", OFFICER, year=2569, semester=1
        )
        assert section["title_th"] and section["figures"]["coverage.visited"] == 4
        assert {row["หน่วยงาน"] for row in section["breakdown"]} == {"loei-1", "loei-2", "loei-3"}
        r = await system.reporting.get(  # type: ignore[union-attr]
            "/v1/provinces/rayong/supervision/coverage",
            params={"year": 2569},
            headers=system.auth(*OFFICER),
        )
        assert r.status_code == 404

        state = system.reporting._transport.app.state.reporting  # type: ignore[union-attr]
        for name in ("supervision_coverage", "supervision_visit_facts", "supervision_school_year"):
            projection = state.projections[name]
            live = await _documents(state.store, name)
            await rebuild(projection, state.store, settings.kafka_bootstrap)
            assert await _documents(state.store, name) == live, name


async def _documents(store: Any, model: str) -> dict[str, Any]:
    return {d["_id"]: public(d) for d in await store.find(model, {})}
