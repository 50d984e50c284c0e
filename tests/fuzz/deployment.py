"""Every service of one deployment, served by schemathesis' ASGI transport.

Schemathesis sends every request to an ASGI app on one event loop of its own (a thread it keeps
for the process), so the services' lifespans run there too, on the session's real Kafka and
FerretDB. They are entered here rather than by schemathesis, whose pytest plugin ends the
lifespans it started after every test: one deployment serves the whole package. The directory's demo organisation
is waited for in every service before the first generated request, so that calls carrying a
supervisor's token reach the service's rules rather than an empty read model.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from schemathesis.python import asgi

from kit.settings import Settings
from services.curriculum.main import create_app as curriculum_app
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.reporting.main import create_app as reporting_app
from services.subscriptions.main import create_app as subscriptions_app
from services.subscriptions.settings import WebhookSettings
from services.supervision.main import create_app as supervision_app
from tests.support.harness import auth, deployment_settings
from tests.support.infra import Infra
from tests.support.kafka_log import create_topics
from tests.support.threads import enlarge_default_executor

PATIENCE_S = 120.0


@dataclass
class Deployment:
    settings: Settings
    apps: dict[str, FastAPI]

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    def get(self, service: str, path: str, who: tuple[str, str], **params: Any) -> Any:
        client = asgi.get_client(self.apps[service])
        return client.get(path, params=params, headers=self.auth(*who), timeout=30)


def _on_a_roomy_loop(app: FastAPI) -> FastAPI:
    """Each in-process consumer holds a thread of the loop's default executor for its life."""
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: FastAPI) -> AsyncIterator[Any]:
        enlarge_default_executor()
        async with inner(a) as state:
            yield state

    app.router.lifespan_context = lifespan
    return app


def _eventually(probe: Callable[[], Any], accept: Callable[[Any], bool]) -> None:
    deadline = time.monotonic() + PATIENCE_S
    value = probe()
    while not accept(value):
        if time.monotonic() > deadline:
            raise AssertionError(f"the deployment did not settle; last value: {value!r}")
        time.sleep(0.2)
        value = probe()


def _count(r: Any, key: str | None = None) -> int:
    if r.status_code != 200:
        return -1
    body = r.json()
    return len(body) if key is None else len(body.get(key, []))


def _settled(d: Deployment) -> None:
    """The demo organisation has reached every service that keeps a copy of it."""
    sup = ("supervisor", "loei-3")
    _eventually(lambda: _count(d.get("needs", "/v1/esas/loei-3/schools", sup)), lambda n: n == 17)
    coverage = "/v1/esas/loei-3/coverage"
    _eventually(
        lambda: d.get("supervision", coverage, sup, year=2569, semester=1).json(),
        lambda body: body.get("school_count") == 17,
    )
    rates = "/v1/provinces/rayong/needs/response-rates"
    officer = ("provincial_officer", "rayong")
    _eventually(
        lambda: _count(d.get("reporting", rates, officer, year=2500), "esas"), lambda n: n == 2
    )
    old = "/v1/esas/rayong-2/schools/1021090101/competency-assessments/2560/1"
    school = d.auth("school", "1021090101")
    body = {"learners": 1, "levels": {"teamwork": {"advanced": 1}}}
    client = asgi.get_client(d.apps["curriculum"])
    _eventually(lambda: client.put(old, json=body, headers=school).status_code, lambda s: s == 200)
    probe = {
        "url": "https://10.9.9.9/",
        "event_types": ["*"],
        "scope": {"level": "esa", "id": "loei-3"},
    }
    subscriptions = asgi.get_client(d.apps["subscriptions"])
    _eventually(
        lambda: subscriptions.post("/v1/endpoints", json=probe, headers=d.auth("admin", "th")),
        lambda r: r.json()["error"]["code"] != "unknown_scope",
    )


@contextlib.contextmanager
def running(infra: Infra) -> Iterator[Deployment]:
    settings = deployment_settings(infra.kafka, infra.mongo_url)
    asyncio.run(create_topics(settings))
    factories: dict[str, Callable[[], FastAPI]] = {
        "directory": lambda: directory_app(settings),
        "needs": lambda: needs_app(settings),
        "supervision": lambda: supervision_app(settings),
        "curriculum": lambda: curriculum_app(settings),
        "reporting": lambda: reporting_app(settings),
        "subscriptions": lambda: subscriptions_app(settings, WebhookSettings()),
    }
    apps = {name: _on_a_roomy_loop(make()) for name, make in factories.items()}
    # The loop schemathesis' ASGI client sends requests on (the one private name used here).
    portal = asgi._get_portal()
    with contextlib.ExitStack() as stack:
        for app in apps.values():
            stack.enter_context(portal.wrap_async_context_manager(app.router.lifespan_context(app)))
        deployment = Deployment(settings, apps)
        _settled(deployment)
        yield deployment
