"""Wiring the directory: event store, relay, its organisation view, token issuer, demo data."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from kit.auth.tokens import TokenIssuer
from kit.clock import Clock
from kit.commands import CommandRunner
from kit.eventstore.mongo import open_mongo_event_store
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.readmodel.live import LiveReadModel
from kit.readmodel.service import freshness_check, start_live_models, stop_live_models
from kit.readmodel.store import View
from kit.runtime import Runtime, command_runtime, replica_id
from kit.settings import Settings
from services.directory.adapters.views import MODEL, OrganisationView
from services.directory.application.seeding import load_reference_data
from services.directory.domain.events import registry


@dataclass
class Directory:
    runtime: Runtime
    commands: CommandRunner
    views: View
    lives: list[LiveReadModel]
    issuer: TokenIssuer
    development: bool


@contextlib.asynccontextmanager
async def start(
    settings: Settings,
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
    seed: bool = True,
) -> AsyncIterator[Directory]:
    async with command_runtime(
        "directory",
        settings,
        store_factory=open_mongo_event_store,
        store=store,
        publisher=publisher,
        clock=clock,
    ) as runtime:
        commands = CommandRunner(
            runtime.store, registry, "directory", runtime.clock, on_commit=runtime.notify_commit
        )
        store, lives = start_live_models(
            runtime.db,
            [OrganisationView()],
            settings.kafka_bootstrap,
            runtime.publisher,
            replica_id("directory"),
            runtime.tasks,
            settings.database_prefix,
            settings.kafka_partitions,
            settings.topic_prefix,
        )
        runtime.checks["read_models"] = freshness_check(lives)
        issuer = TokenIssuer(
            settings.jwt_secret,
            settings.jwt_issuer,
            settings.jwt_audience,
            settings.jwt_ttl_seconds,
        )
        if seed:
            await load_reference_data(commands)
        try:
            yield Directory(
                runtime,
                commands,
                View(store, MODEL),
                lives,
                issuer,
                development=settings.environment != "production",
            )
        finally:
            stop_live_models(lives)
