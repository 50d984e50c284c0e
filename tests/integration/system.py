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
    officer = system.auth("provincial_officer", "rayong")

    async def needs_knows_schools() -> tuple[int, int]:
        counts = []
        for esa in ("loei-3", "rayong-2"):
            r = await system.needs.get(
                f"/v1/esas/{esa}/schools", headers=system.auth("supervisor", esa)
            )
            counts.append(len(r.json()) if r.status_code == 200 else 0)
        return counts[0], counts[1]

    await eventually(needs_knows_schools, lambda n: n == (17, 5), timeout_s=120)

    async def esas_known() -> int:
        r = await system.reporting.get(
            "/v1/provinces/rayong/needs/response-rates", params={"year": 2500}, headers=officer
        )
        return len(r.json().get("esas", []))

    await eventually(esas_known, lambda n: n == 2, timeout_s=120)
