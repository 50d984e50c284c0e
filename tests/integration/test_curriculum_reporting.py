"""Curriculum reporting on the real Kafka and FerretDB: the pipeline and assessment views of
an ESA, a province and the nation follow the cases, add up, and are the same after a rebuild
from the event history."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from services.reporting.application import curriculum as queries
from services.reporting.bootstrap import Reporting
from tests.integration.curriculum_system import (
    CurriculumSystem,
    call,
    decide,
    prepared_case,
    revise_and_resubmit,
    running,
    submit,
)
from tests.support.harness import eventually
from tests.support.infra import Infra

YEAR = 2573
MODELS = ("curriculum_pipeline", "curriculum_assessments")


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[CurriculumSystem]:
    async with running(infra) as s:
        yield s


async def some_history(system: CurriculumSystem) -> None:
    """rayong-2: a type 2 approved after a send-back, a type 3 forwarded; rayong-1: a type 2
    in screening; assessments of two schools (one corrected)."""
    a = await prepared_case(system, "1021080101", "rayong-2", 2, YEAR)
    await submit(system, "1021080101", "rayong-2", a)
    await decide(system, "rayong-2", a, "screening", "academic_subcommittee", "send_back")
    await revise_and_resubmit(system, "1021080101", "rayong-2", a, "reporting-v2")
    await decide(system, "rayong-2", a, "screening", "academic_subcommittee", "pass")
    await decide(system, "rayong-2", a, "provincial-decision", "driving_committee", "approve")
    b = await prepared_case(system, "1021080102", "rayong-2", 3, YEAR)
    await submit(system, "1021080102", "rayong-2", b)
    await decide(system, "rayong-2", b, "screening", "academic_subcommittee", "pass")
    await decide(system, "rayong-2", b, "provincial-decision", "driving_committee", "forward")
    c = await prepared_case(system, "1021070101", "rayong-1", 2, YEAR)
    await submit(system, "1021070101", "rayong-1", c)
    for school, esa, learners in (
        ("1021080101", "rayong-2", 30),
        ("1021080101", "rayong-2", 31),
        ("1021070101", "rayong-1", 20),
    ):
        path = f"/v1/esas/{esa}/schools/{school}/competency-assessments/{YEAR}/1"
        levels = {"communication": {"proficient": learners - 5, "advanced": 5}}
        body = {"learners": learners, "levels": levels}
        await call(system.curriculum, "PUT", path, system.auth("school", school), body)


async def answers(r: Reporting, now: datetime) -> dict[str, Any]:
    s = r.store
    return {
        "esa": await queries.pipeline_esa(s, "rayong-2", YEAR, now),
        "province": await queries.pipeline_province(s, "rayong", YEAR, now),
        "nation": await queries.pipeline_nation(s, YEAR, now),
        "assessed": await queries.assessments_province(s, "rayong", YEAR, 1),
        "section": await queries.section(s, "nation", "th", YEAR, 1, now=now),
    }


async def test_the_views_follow_the_cases_add_up_and_survive_a_rebuild(
    system: CurriculumSystem,
) -> None:
    await some_history(system)
    officer = system.auth("provincial_officer", "rayong")

    async def province() -> dict[str, Any]:
        path = "/v1/provinces/rayong/curriculum/pipeline"
        r = await system.reporting.get(path, params={"year": YEAR}, headers=officer)
        return r.json()  # type: ignore[no-any-return]

    def stages(view: dict[str, Any]) -> dict[str, tuple[int, int]]:
        return {r["stage"]: (r["type_2"], r["type_3"]) for r in view.get("pipeline", [])}

    expected = {"approved": (1, 0), "national_review": (0, 1), "screening": (1, 0)}
    view = await eventually(
        province, lambda v: {s: stages(v).get(s) for s in expected} == expected, 60
    )
    assert (view["cases"], view["in_progress"], view["approved"]) == (3, 2, 1)
    assert {e["esa"]: e["cases"] for e in view["esas"]} == {"rayong-1": 1, "rayong-2": 2}
    subcommittee = next(r for r in view["decisions"] if r["committee"] == "academic_subcommittee")
    assert (subcommittee["passed"], subcommittee["sent_back"]) == (2, 1)

    async def assessed() -> dict[str, Any]:
        path = "/v1/provinces/rayong/curriculum/assessments"
        params = {"year": YEAR, "semester": 1}
        return (await system.reporting.get(path, params=params, headers=officer)).json()  # type: ignore[no-any-return]

    totals = await eventually(assessed, lambda v: v.get("learners") == 51, 60)
    assert totals["schools_reported"] == 2

    reporting: Reporting = system.reporting_app.state.reporting
    now = datetime.now(UTC)
    live = await answers(reporting, now)
    live_docs = {m: await reporting.store.find(m, {"year": str(YEAR)}) for m in MODELS}
    admin = system.auth("admin", "th")
    for model in MODELS:
        await call(
            system.reporting, "POST", f"/v1/admin/read-models/{model}/rebuild", admin, expect=202
        )

    async def rebuilds() -> dict[str, Any]:
        status = await call(system.reporting, "GET", "/v1/admin/read-models", admin)
        return status["rebuilds"]  # type: ignore[no-any-return]

    await eventually(
        rebuilds, lambda r: all(r.get(m, {}).get("phase") == "switched" for m in MODELS), 120
    )
    rebuilt_docs = {m: await reporting.store.find(m, {"year": str(YEAR)}) for m in MODELS}
    for model in MODELS:
        assert _by_id(rebuilt_docs[model]) == _by_id(live_docs[model])
    assert await answers(reporting, now) == live


def _by_id(docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {d["_id"]: d for d in docs}
