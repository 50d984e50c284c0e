"""Wiring curriculum: event store, relay, the command runner and its own read models."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from kit.clock import Clock
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.service import CommandService, command_service
from kit.settings import Settings
from services.curriculum.adapters.projections import projections
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
    async with command_service(
        "curriculum",
        settings,
        registry,
        projections(),
        store=store,
        publisher=publisher,
        clock=clock,
    ) as curriculum:
        yield curriculum
