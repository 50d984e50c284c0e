"""The whole system for browser tests: every service in-process on the real Kafka and FerretDB,
and the web app on a free port of 127.0.0.1 (the only address the browser talks to).

The web app reaches each service through an in-process client, so one event loop runs all of
it; Chromium is Debian's package, driven by Playwright.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from playwright.async_api import Browser, Page, Response, async_playwright

from kit.settings import Settings
from nithet import chromium, servers
from services.web.main import create_app as web_app
from tests.integration.system import System, wait_for_directory
from tests.support.harness import auth, eventually, serve

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
SERVICES = ["directory", "needs", "supervision", "curriculum", "reporting", "subscriptions"]


def present_services() -> list[str]:
    """The services of this checkout (each has a services/<name>/main.py)."""
    root = Path(__file__).resolve().parents[2] / "services"
    return [s for s in SERVICES if (root / s / "main.py").exists()]


@dataclass
class WebStack:
    settings: Settings
    base_url: str
    clients: dict[str, httpx.AsyncClient]
    browser: Browser
    api_answers: list[tuple[str, int]] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    async def page(self, **context: Any) -> Page:
        ctx = await self.browser.new_context(
            base_url=self.base_url,
            locale="th-TH",
            timezone_id="Asia/Bangkok",
            bypass_csp=True,
            **context,
        )
        page = await ctx.new_page()
        page.on("response", self._record)
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        return page

    def script_errors(self) -> list[str]:
        """Uncaught errors in the app's scripts (a broken module shows here first)."""
        return [line for line in self.console if line.startswith("pageerror")]

    def _record(self, response: Response) -> None:
        if "/api/" in response.url:
            self.api_answers.append((response.url, response.status))


@contextlib.asynccontextmanager
async def web_stack(settings: Settings) -> AsyncIterator[WebStack]:
    async with contextlib.AsyncExitStack() as stack:
        clients: dict[str, httpx.AsyncClient] = {}
        for name in present_services():
            module = importlib.import_module(f"services.{name}.main")
            clients[name] = await stack.enter_async_context(serve(module.create_app(settings)))
        await wait_for_directory(
            System(settings, clients["directory"], clients["needs"], clients["reporting"])
        )
        if "supervision" in clients:
            await _supervision_knows_schools(settings, clients["supervision"])
        port = servers.free_port()
        server = uvicorn.Server(
            uvicorn.Config(
                web_app(settings, clients=clients),
                host="127.0.0.1",
                port=port,
                log_level="warning",
                access_log=False,
            )
        )
        task = asyncio.create_task(server.serve())
        await eventually(_started(server), bool, timeout_s=30)
        playwright = await stack.enter_async_context(async_playwright())
        browser = await playwright.chromium.launch(
            executable_path=chromium.EXECUTABLE, headless=True, args=chromium.ARGS
        )
        try:
            yield WebStack(settings, f"http://127.0.0.1:{port}", clients, browser)
        finally:
            await browser.close()
            server.should_exit = True
            await task


async def _supervision_knows_schools(settings: Settings, client: httpx.AsyncClient) -> None:
    headers = auth(settings, "supervisor", "loei-3")

    async def schools() -> int:
        r = await client.get(
            "/v1/esas/loei-3/coverage", params={"year": 2569, "semester": 1}, headers=headers
        )
        return len(r.json().get("schools", [])) if r.status_code == 200 else 0

    await eventually(schools, lambda n: n == 17, timeout_s=60)


def _started(server: uvicorn.Server) -> Any:
    async def probe() -> bool:
        return bool(server.started)

    return probe
