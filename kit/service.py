"""The parts every command service starts the same way, under one context manager.

A command service (directory, needs, supervision, curriculum, subscriptions) has its runtime
(event store, relay, Kafka, checks), a command runner on its event registry, and live read
models of the projections it queries, each under its own lease. Each service's bootstrap adds
its own parts on top (a token issuer, the overdue watch, the webhook dispatcher).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from kit.clock import Clock
from kit.commands import CommandRunner
from kit.events.registry import EventRegistry
from kit.eventstore.mongo import open_mongo_event_store
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.readmodel.hub import ReadModelHub
from kit.readmodel.projection import Projection
from kit.readmodel.service import freshness_check, start_read_models
from kit.readmodel.store import ReadModelStore
from kit.runtime import Runtime, Subscription, command_runtime, replica_id
from kit.settings import Settings
from kit.streamcache import StreamCache


@dataclass
class CommandService:
    runtime: Runtime
    commands: CommandRunner
    views: ReadModelStore
    read_models: ReadModelHub
    replica: str  # who holds this replica's leases

    @property
    def store(self) -> EventStore:
        return self.runtime.store


@contextlib.asynccontextmanager
async def command_service(
    name: str,
    settings: Settings,
    registry: EventRegistry,
    projections: list[Projection],
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
    subscriptions: list[Subscription] | None = None,
) -> AsyncIterator[CommandService]:
    """Start the parts (real adapters unless tests pass theirs); stop them on exit."""
    async with command_runtime(
        name,
        settings,
        store_factory=open_mongo_event_store,
        store=store,
        publisher=publisher,
        clock=clock,
        subscriptions=subscriptions,
    ) as runtime:
        commands = CommandRunner(
            runtime.store,
            registry,
            name,
            runtime.clock,
            on_commit=runtime.notify_commit,
            cache=StreamCache(settings.command_cache_streams),
        )
        replica = replica_id(name)
        views, hub = start_read_models(runtime, projections, replica)
        runtime.checks["read_models"] = freshness_check(hub)
        try:
            yield CommandService(runtime, commands, views, hub, replica)
        finally:
            hub.stop()
