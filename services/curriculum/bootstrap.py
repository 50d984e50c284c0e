"""Wiring curriculum: event store, relay, its views (schools, cases, committee meetings)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from kit.clock import Clock
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.readmodel.projection import Projection
from kit.service import CommandService, command_service
from kit.settings import Settings
from services.curriculum.adapters.views import CasesView, MeetingsView, SchoolsView
from services.curriculum.domain.events import registry

Curriculum = CommandService


@contextlib.asynccontextmanager
async def start(
    settings: Settings,
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[Curriculum]:
    views: list[Projection] = [SchoolsView(), CasesView(), MeetingsView()]
    async with command_service(
        "curriculum", settings, registry, views, store=store, publisher=publisher, clock=clock
    ) as curriculum:
        yield curriculum
