"""Wiring needs: event store, relay, its read models (schools from the directory, its records)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from kit.clock import Clock
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.service import CommandService, command_service
from kit.settings import Settings
from services.needs.adapters.projections import projections
from services.needs.domain.events import registry

Needs = CommandService


@contextlib.asynccontextmanager
async def start(
    settings: Settings,
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[Needs]:
    async with command_service(
        "needs", settings, registry, projections(), store=store, publisher=publisher, clock=clock
    ) as needs:
        yield needs
