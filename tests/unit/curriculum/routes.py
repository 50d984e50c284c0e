"""The curriculum API in-process on an in-memory event store, with its views folded from the
events as they are appended (no Kafka, no database): for the read rules and answers of every
route, fast. The schools come from the directory's reference data."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from kit.clock import SystemClock
from kit.commands import CommandRunner
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from kit.http.service import build_app
from kit.readmodel import Docs
from kit.readmodel.projector import fold
from kit.settings import Settings
from services.curriculum.adapters.projections import projections
from services.curriculum.adapters.projections.schools import MODEL as SCHOOLS
from services.curriculum.api.routers import ROUTERS
from services.curriculum.domain.events import registry
from services.directory.reference import SCHOOLS as DIRECTORY_SCHOOLS
from tests.support.harness import auth


@dataclass
class Views:
    """The service's views, folded from the store's events when read."""

    store: InMemoryEventStore
    schools: Docs = field(default_factory=Docs)

    def _docs(self, model: str) -> list[dict[str, Any]]:
        if model == SCHOOLS:
            return self.schools.values()
        projection = next(p for p in projections() if p.name == model)
        events: list[CloudEvent] = sorted(self.store.all_events(), key=lambda e: e.time)
        return fold(projection, events).values()

    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]:
        def matches(doc: dict[str, Any]) -> bool:
            return all(
                doc.get(k) in v["$in"] if isinstance(v, dict) else doc.get(k) == v
                for k, v in flt.items()
            )

        return [d for d in self._docs(model) if matches(d)]

    async def get(self, model: str, key: str) -> dict[str, Any] | None:
        return next((d for d in self._docs(model) if d.get("_id") == key), None)


@dataclass
class Runtime:
    checks: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)


@dataclass
class Service:
    store: InMemoryEventStore
    commands: CommandRunner
    views: Views
    runtime: Runtime = field(default_factory=Runtime)


def _schools() -> Docs:
    docs = Docs()
    for s in DIRECTORY_SCHOOLS:
        docs[f"school:{s.code}"].update(
            _id=f"school:{s.code}",
            school=s.code,
            name_th=s.name_th,
            esa=s.esa,
            cluster=s.cluster,
            province=s.esa.rsplit("-", 1)[0],
            sandbox_pilot=s.sandbox_pilot,
        )
    return docs


@dataclass
class Api:
    settings: Settings
    client: httpx.AsyncClient

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    async def call(
        self, method: str, path: str, who: tuple[str, str], body: Any = None, expect: int = 200
    ) -> Any:
        r = await self.client.request(method, path, json=body, headers=self.auth(*who))
        assert r.status_code == expect, f"{method} {path}: {r.status_code} {r.text}"
        return r.json()


@contextlib.asynccontextmanager
async def api() -> AsyncIterator[Api]:
    settings = Settings(environment="test")
    clock = SystemClock()
    store = InMemoryEventStore(clock)
    service = Service(store, CommandRunner(store, registry, "curriculum", clock), Views(store))
    service.views.schools = _schools()

    @contextlib.asynccontextmanager
    async def start() -> AsyncIterator[Service]:
        yield service

    app = build_app(
        service="curriculum",
        title="curriculum",
        description="",
        settings=settings,
        start=start,
        routers=ROUTERS,
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield Api(settings, client)
