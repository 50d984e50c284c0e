"""The directory, curriculum and reporting services of one isolated deployment, in-process on
the real Kafka and FerretDB, with helpers that walk a case through the API."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
from fastapi import FastAPI

from kit.settings import Settings
from services.curriculum.main import create_app as curriculum_app
from services.directory.main import create_app as directory_app
from services.reporting.main import create_app as reporting_app
from tests.support.harness import auth, deployment_settings, eventually, serve
from tests.support.infra import Infra

YEAR = 2569
LIVE_WITHIN_S = 120  # a generous bound for a loaded machine: waiting, not timing
PARTNERS = {
    "parents": 12,
    "community": 6,
    "local_government": 2,
    "private_sector": 3,
    "civil_society": 2,
    "academia": 1,
}


@dataclass
class CurriculumSystem:
    settings: Settings
    curriculum: httpx.AsyncClient
    reporting: httpx.AsyncClient
    reporting_app: FastAPI

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    async def case(self, esa: str, case_id: str, **params: Any) -> dict[str, Any]:
        r = await self.curriculum.get(
            f"/v1/esas/{esa}/curriculum-cases/{case_id}",
            params=params,
            headers=self.auth("admin", "th"),
        )
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]


@contextlib.asynccontextmanager
async def running(infra: Infra) -> AsyncIterator[CurriculumSystem]:
    """One deployment for a whole test module: tests keep apart by school and academic year."""
    settings = deployment_settings(infra.kafka, infra.mongo_url)
    reporting = reporting_app(settings)
    async with (
        serve(directory_app(settings)),
        serve(curriculum_app(settings)) as curriculum,
        serve(reporting) as reporting_client,
    ):
        system = CurriculumSystem(settings, curriculum, reporting_client, reporting)
        await wait_until_live(system)
        yield system


async def wait_until_live(system: CurriculumSystem) -> None:
    """The pilot schools have reached the curriculum service, the ESAs reporting, and every
    curriculum read model of both services has consumed curriculum events (the probe's)."""
    school = system.auth("school", "1021090101")
    probe = {"learners": 1, "levels": {"teamwork": {"advanced": 1}}}

    async def curriculum_knows_schools() -> int:
        # An assessment of an old year (2560) that no test reads: it proves the schools arrived.
        r = await system.curriculum.put(
            "/v1/esas/rayong-2/schools/1021090101/competency-assessments/2560/1",
            json=probe,
            headers=school,
        )
        return r.status_code

    await eventually(curriculum_knows_schools, lambda s: s == 200, timeout_s=LIVE_WITHIN_S)
    officer = system.auth("provincial_officer", "rayong")

    async def esas_known() -> int:
        r = await system.reporting.get(
            "/v1/provinces/rayong/curriculum/pipeline", params={"year": 2500}, headers=officer
        )
        return len(r.json().get("esas", []))

    await eventually(esas_known, lambda n: n == 2, timeout_s=LIVE_WITHIN_S)
    for client in (system.curriculum, system.reporting):
        await eventually(_read_models(client), _all_consuming, timeout_s=LIVE_WITHIN_S)


def _read_models(client: httpx.AsyncClient) -> Any:
    async def probe() -> list[dict[str, Any]]:
        r = await client.get("/readyz")
        models = r.json()["checks"].get("read_models", {}).get("read_models", {})
        return [{"model": name, **m} for name, m in models.items()]

    return probe


def _all_consuming(models: list[dict[str, Any]]) -> bool:
    ours = [m for m in models if m["model"].startswith("curriculum_")]
    return bool(ours) and all(m.get("events_applied", 0) > 0 for m in ours)


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


async def call(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    headers: dict[str, str],
    body: Any = None,
    expect: int = 200,
) -> dict[str, Any]:
    r = await client.request(method, path, json=body, headers=headers)
    assert r.status_code == expect, f"{method} {path}: {r.status_code} {r.text}"
    return r.json()  # type: ignore[no-any-return]


async def prepared_case(
    system: CurriculumSystem, school: str, esa: str, curriculum_type: int, year: int = YEAR
) -> str:
    """Open a case and record everything a submission needs (not yet submitted)."""
    director = system.auth("school", school)
    opened = await call(
        system.curriculum,
        "POST",
        f"/v1/esas/{esa}/curriculum-cases",
        director,
        {
            "school": school,
            "academic_year": year,
            "curriculum_type": curriculum_type,
            "title": "หลักสูตรสถานศึกษาฐานสมรรถนะ (Rayong MARCO)",
        },
        expect=201,
    )
    case_id = str(opened["case_id"])
    base = f"/v1/esas/{esa}/curriculum-cases/{case_id}"
    yesterday = str(date.today() - timedelta(days=1))
    for method, path, body in (
        ("POST", "/documents", {"reference": "drive://v1.pdf", "content_hash": content_hash("v1")}),
        (
            "PUT",
            "/base-analysis",
            {"summary": "ฐานทุนชุมชนเกษตรและประมง", "strengths": ["ปราชญ์ชาวบ้าน"]},
        ),
        ("PUT", "/school-board-approval", {"approved_on": yesterday, "resolution": "มติที่ 2/2569"}),
        ("PUT", "/public-hearing", {"held_on": yesterday, "participants": PARTNERS}),
    ):
        await call(system.curriculum, method, base + path, director, body)
    return case_id


async def submit(system: CurriculumSystem, school: str, esa: str, case_id: str) -> dict[str, Any]:
    path = f"/v1/esas/{esa}/curriculum-cases/{case_id}/submit"
    return await call(system.curriculum, "POST", path, system.auth("school", school))


async def revise_and_resubmit(
    system: CurriculumSystem, school: str, esa: str, case_id: str, text: str
) -> dict[str, Any]:
    base = f"/v1/esas/{esa}/curriculum-cases/{case_id}"
    document = {"reference": f"drive://{text}.pdf", "content_hash": content_hash(text)}
    await call(
        system.curriculum, "POST", base + "/documents", system.auth("school", school), document
    )
    return await submit(system, school, esa, case_id)


async def decide(
    system: CurriculumSystem,
    esa: str,
    case_id: str,
    step: str,
    role: str,
    outcome: str,
    expect: int = 200,
    **extra: Any,
) -> dict[str, Any]:
    scope = "th" if role == "policy_committee" else "rayong"
    body = {"outcome": outcome, "reason": "ตามมติที่ประชุม"} | extra
    if outcome == "send_back":
        body.setdefault("required_changes", ["ปรับตัวชี้วัดให้สอดคล้องกับกรอบสาระท้องถิ่น"])
    path = f"/v1/esas/{esa}/curriculum-cases/{case_id}/{step}"
    return await call(system.curriculum, "POST", path, system.auth(role, scope), body, expect)


async def practice(
    system: CurriculumSystem, level_path: str, year: int, accept: Any, **params: Any
) -> dict[str, Any]:
    """Reporting's practice figures (`esas/rayong-2`, `provinces/rayong`, `nation`) once
    `accept` holds (read models follow the events a moment later)."""
    officer = system.auth("admin", "th")

    async def probe() -> dict[str, Any]:
        r = await system.reporting.get(
            f"/v1/{level_path}/curriculum/practice",
            params={"year": year, **params},
            headers=officer,
        )
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    return await eventually(probe, lambda p: bool(p) and accept(p), timeout_s=LIVE_WITHIN_S)
