"""Wiring supervision: event store, relay, its views, the curriculum policy consumer and the
overdue watch. Real adapters by default; tests pass in-memory ones or a fixed clock."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from kit.clock import Clock
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.readmodel.projection import Projection
from kit.service import CommandService, command_service
from kit.settings import Settings
from services.supervision.adapters.curriculum_consumer import CurriculumPolicyConsumer
from services.supervision.adapters.plans_view import PlansView
from services.supervision.adapters.records_view import RecordsView
from services.supervision.adapters.schools_view import SchoolsView
from services.supervision.adapters.visits_view import VisitsView
from services.supervision.application.overdue import OverdueWatch
from services.supervision.domain.events import registry


@dataclass
class Supervision(CommandService):
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
    views: list[Projection] = [SchoolsView(), PlansView(), VisitsView(), RecordsView()]
    async with command_service(
        "supervision",
        settings,
        registry,
        views,
        store=store,
        publisher=publisher,
        clock=clock,
        subscriptions=[policy.subscription(settings)],
    ) as parts:
        policy.runner, policy.views = parts.commands, parts.views
        watch = OverdueWatch(parts.commands, parts.views, settings.supervision_overdue_interval_s)
        parts.runtime.tasks.append(asyncio.create_task(watch.run()))
        try:
            yield Supervision(**vars(parts), overdue=watch)
        finally:
            watch.stop()
