"""The needs app's routes on in-memory stand-ins: the event store in memory, the read models
folded from it on demand, the demo organisation's schools, a clock the tests move. No Kafka
and no FerretDB: what is checked is the HTTP contract (scopes, answers, refusals), the
integration tests check the same on the real stack."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import httpx

from kit.clock import FixedClock
from kit.commands import CommandRunner
from kit.eventstore.memory import InMemoryEventStore
from kit.settings import Settings
from services.directory import reference as ref
from services.needs.adapters.projections.records import NeedsRecords
from services.needs.adapters.projections.schools import SchoolsView
from services.needs.domain.events import registry
from services.needs.main import create_app
from tests.support.events import event
from tests.support.harness import auth
from tests.unit.needs.memory import MemoryViews

START = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)  # 10:00 in Thailand, academic year 2569


def directory_events() -> list[Any]:
    return [
        event(
            f"school-{s.code}",
            1,
            "directory.SchoolRegistered",
            s.esa,
            s.esa.rsplit("-", 1)[0],
            {
                "school": s.code,
                "name_th": s.name_th,
                "esa": s.esa,
                "cluster": s.cluster,
                "province": s.esa.rsplit("-", 1)[0],
            },
        )
        for s in ref.SCHOOLS
    ]


class Stage:
    def __init__(self) -> None:
        self.settings = Settings(environment="test")
        self.clock = FixedClock(START)
        self.store = InMemoryEventStore(self.clock)
        self.views = MemoryViews()
        self.views.fold(SchoolsView(), directory_events())
        self.app = create_app(self.settings)
        runner = CommandRunner(self.store, registry, "needs", self.clock)
        self.app.state.needs = SimpleNamespace(commands=runner, views=self.views)
        transport = httpx.ASGITransport(app=self.app)
        self.client = httpx.AsyncClient(transport=transport, base_url="http://test")

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    async def settle(self) -> None:
        """The read model as the projector would have it once every commit is published."""
        events = [e for c in await self.store.pending(10**6) for e in c.events]
        self.views.fold(NeedsRecords(), events)

    async def call(self, method: str, path: str, who: tuple[str, str], body: Any = None) -> Any:
        sent = {"json": body} if body is not None else {}
        response = await self.client.request(method, path, headers=self.auth(*who), **sent)
        await self.settle()
        return response
