"""Wiring needs: event store, relay, its views (schools from the directory, its records)."""

from __future__ import annotations

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
from services.needs.adapters.records import NeedsRecords
from services.needs.adapters.schools import SchoolsView
from services.needs.domain.events import registry


@dataclass
class Needs:
    runtime: Runtime
    commands: CommandRunner
    views: ReadModelStore
    lives: list[LiveReadModel]


@contextlib.asynccontextmanager
async def start(
    settings: Settings,
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[Needs]:
    async with command_runtime(
        "needs",
        settings,
        store_factory=open_mongo_event_store,
        store=store,
        publisher=publisher,
        clock=clock,
    ) as runtime:
        commands = CommandRunner(
            runtime.store, registry, "needs", runtime.clock, on_commit=runtime.notify_commit
        )
        views, lives = start_live_models(
            runtime.db,
            [SchoolsView(), NeedsRecords()],
            settings.kafka_bootstrap,
            runtime.publisher,
            replica_id("needs"),
            runtime.tasks,
            settings.database_prefix,
            settings.kafka_partitions,
            settings.topic_prefix,
        )
        runtime.checks["read_models"] = freshness_check(lives)
        try:
            yield Needs(runtime, commands, views, lives)
        finally:
            stop_live_models(lives)
