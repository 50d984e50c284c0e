"""Wiring supervision: event store, relay, its views, the curriculum policy consumer and the
overdue watch. Real adapters by default; tests pass in-memory ones or a fixed clock."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from kit.clock import Clock
from kit.commands import CommandRunner
from kit.eventstore.mongo import open_mongo_event_store
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.readmodel.live import LiveReadModel
from kit.readmodel.service import freshness_check, start_live_models, stop_live_models
from kit.readmodel.store import ReadModelStore
from kit.runtime import Runtime, command_runtime, replica_id
from kit.settings import Settings
from services.supervision.adapters.curriculum_consumer import CurriculumPolicyConsumer
from services.supervision.adapters.plans_view import PlansView
from services.supervision.adapters.records_view import RecordsView
from services.supervision.adapters.schools_view import SchoolsView
from services.supervision.adapters.visits_view import VisitsView
from services.supervision.application.overdue import OverdueWatch
from services.supervision.domain.events import registry


@dataclass
class Supervision:
    runtime: Runtime
    commands: CommandRunner
    views: ReadModelStore
    lives: list[LiveReadModel]
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
    async with command_runtime(
        "supervision",
        settings,
        store_factory=open_mongo_event_store,
        store=store,
        publisher=publisher,
        clock=clock,
        subscriptions=[policy.subscription(settings)],
    ) as runtime:
        commands = CommandRunner(
            runtime.store, registry, "supervision", runtime.clock, on_commit=runtime.notify_commit
        )
        views, lives = start_live_models(
            runtime.db,
            [SchoolsView(), PlansView(), VisitsView(), RecordsView()],
            settings.kafka_bootstrap,
            runtime.publisher,
            replica_id("supervision"),
            runtime.tasks,
            settings.database_prefix,
            settings.kafka_partitions,
            settings.topic_prefix,
        )
        policy.runner, policy.views = commands, views
        watch = OverdueWatch(commands, views, settings.supervision_overdue_interval_s)
        runtime.tasks.append(asyncio.create_task(watch.run()))
        runtime.checks["read_models"] = freshness_check(lives)
        try:
            yield Supervision(runtime, commands, views, lives, watch)
        finally:
            watch.stop()
            stop_live_models(lives)
