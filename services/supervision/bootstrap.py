"""Wiring supervision: event store, relay, its read models, the lookups commands make in them,
the curriculum policy consumer and the overdue watch. Real adapters by default; tests pass
in-memory ones or a fixed clock."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from kit.clock import Clock
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.service import CommandService, command_service
from kit.settings import Settings
from services.supervision.adapters.curriculum_consumer import CurriculumPolicyConsumer
from services.supervision.adapters.lookups import ReadModelLookups
from services.supervision.adapters.projections import projections
from services.supervision.application.overdue import OverdueWatch
from services.supervision.domain.events import registry


@dataclass
class Supervision(CommandService):
    lookups: ReadModelLookups  # the application's Directory and Records
    overdue: OverdueWatch


@contextlib.asynccontextmanager
async def start(
    settings: Settings,
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[Supervision]:
    policy = CurriculumPolicyConsumer()
    async with command_service(
        "supervision",
        settings,
        registry,
        projections(),
        store=store,
        publisher=publisher,
        clock=clock,
        subscriptions=[policy.subscription(settings)],
    ) as parts:
        lookups = ReadModelLookups(parts.views)
        policy.runner, policy.directory = parts.commands, lookups
        watch = OverdueWatch(parts.commands, lookups, settings.supervision_overdue_interval_s)
        parts.runtime.tasks.append(asyncio.create_task(watch.run()))
        try:
            yield Supervision(**vars(parts), lookups=lookups, overdue=watch)
        finally:
            watch.stop()
