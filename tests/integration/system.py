"""The services of one isolated deployment, running in-process on the real Kafka and FerretDB."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

from kit.settings import Settings
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.reporting.main import create_app as reporting_app
from tests.support.harness import auth, eventually, serve


@dataclass
class System:
    settings: Settings
    directory: httpx.AsyncClient
    needs: httpx.AsyncClient
    reporting: httpx.AsyncClient

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)


@contextlib.asynccontextmanager
async def running_system(settings: Settings, **needs_adapters: Any) -> AsyncIterator[System]:
    async with (
        serve(directory_app(settings)) as directory,
        serve(needs_app(settings, **needs_adapters)) as needs,
        serve(reporting_app(settings)) as reporting,
    ):
        system = System(settings, directory, needs, reporting)
        await wait_for_directory(system)
        yield system


async def wait_for_directory(system: System) -> None:
    """The demo schools have reached the needs service and reporting's organisation view."""
    sup = system.auth("supervisor", "loei-3")
    officer = system.auth("provincial_officer", "rayong")

    async def needs_knows_schools() -> int:
        # A campaign in an old year (2560) that no test reads: it only proves the schools arrived.
        body = {
            "title": "probe",
            "academic_year": 2560,
            "opens_on": "2026-01-01",
            "closes_on": "2026-01-02",
            "target": {"kind": "list", "schools": ["1042060114"]},
        }
        r = await system.needs.post("/v1/esas/loei-3/campaigns", json=body, headers=sup)
        return r.status_code

    await eventually(needs_knows_schools, lambda s: s == 201, timeout_s=60)

    async def esas_known() -> int:
        r = await system.reporting.get(
            "/v1/provinces/rayong/needs/response-rates", params={"year": 2500}, headers=officer
        )
        return len(r.json().get("esas", []))

    await eventually(esas_known, lambda n: n == 2, timeout_s=60)
