"""Wiring curriculum: event store, relay, its views (schools, cases, committee meetings)."""

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
from services.curriculum.adapters.views import CasesView, MeetingsView, SchoolsView
from services.curriculum.domain.events import registry


@dataclass
class Curriculum:
    runtime: Runtime
    commands: CommandRunner
    views: ReadModelStore
    lives: list[LiveReadModel]

    @property
    def store(self) -> EventStore:
        return self.runtime.store


@contextlib.asynccontextmanager
async def start(
    settings: Settings,
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[Curriculum]:
    async with command_runtime(
        "curriculum",
        settings,
        store_factory=open_mongo_event_store,
        store=store,
        publisher=publisher,
        clock=clock,
    ) as runtime:
        commands = CommandRunner(
            runtime.store, registry, "curriculum", runtime.clock, on_commit=runtime.notify_commit
        )
        views, lives = start_live_models(
            runtime.db,
            [SchoolsView(), CasesView(), MeetingsView()],
            settings.kafka_bootstrap,
            runtime.publisher,
            replica_id("curriculum"),
            runtime.tasks,
            settings.database_prefix,
            settings.kafka_partitions,
            settings.topic_prefix,
        )
        runtime.checks["read_models"] = freshness_check(lives)
        try:
            yield Curriculum(runtime, commands, views, lives)
        finally:
            stop_live_models(lives)
