"""Steps of the needs process through the API, shared by the needs integration tests."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from typing import Any

import httpx

from kit.clock import FixedClock
from tests.integration.system import System, running_system
from tests.support.harness import deployment_settings
from tests.support.infra import Infra
from tests.support.needs_bodies import NA_HAEO, campaign_body, standard_answers

__all__ = ["NA_HAEO", "campaign_body", "standard_answers"]  # also imported from here


async def publish_standard_template(system: System, esa: str = "loei-3") -> str:
    return await publish_template_with(system.needs, system.auth("supervisor", esa), esa)


async def publish_template_with(
    needs: httpx.AsyncClient, supervisor: dict[str, str], esa: str
) -> str:
    """The standard needs survey published as one of the ESA's templates (its id)."""
    standard = (await needs.get("/v1/needs/standard-survey", headers=supervisor)).json()
    r = await needs.post(f"/v1/esas/{esa}/survey-templates", json=standard, headers=supervisor)
    assert r.status_code == 201, r.text
    return str(r.json()["template_id"])


async def open_campaign(
    system: System, esa: str = "loei-3", today: date | None = None, **target: Any
) -> str:
    template_id = await publish_standard_template(system, esa)
    r = await system.needs.post(
        f"/v1/esas/{esa}/campaigns",
        json=campaign_body(template_id, today, **target),
        headers=system.auth("supervisor", esa),
    )
    assert r.status_code == 201, r.text
    return str(r.json()["campaign_id"])


async def respond(
    system: System, campaign: str, school: str, esa: str = "loei-3", **answers: Any
) -> httpx.Response:
    return await system.needs.put(
        f"/v1/esas/{esa}/campaigns/{campaign}/responses/{school}",
        json={"answers": standard_answers(**answers)},
        headers=system.auth("school", school),
    )


START = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)  # 10:00 in Thailand, academic year 2569


@contextlib.asynccontextmanager
async def system_on_a_fixed_day(infra: Infra) -> AsyncIterator[tuple[System, FixedClock]]:
    """A deployment whose needs service lives on a clock the test moves (from START)."""
    clock = FixedClock(START)
    async with running_system(deployment_settings(infra.kafka, infra.mongo_url), clock=clock) as s:
        yield s, clock


def error_code(r: httpx.Response) -> str:
    return str(r.json()["error"]["code"])


def version_2(standard: dict[str, Any]) -> dict[str, Any]:
    questions = [q for q in standard["questions"] if q["id"] != "english_media"]
    return {"title_th": "แบบสำรวจความต้องการ ฉบับปรับปรุง", "questions": questions}
