"""Wiring the directory: event store, relay, its organisation view, the placement policy,
code claims, token issuer, and the demo organisation where it belongs (never in production)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from kit.auth.tokens import TokenIssuer
from kit.clock import Clock
from kit.commands import CommandRunner
from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.readmodel.hub import ReadModelHub
from kit.readmodel.store import View
from kit.runtime import Runtime
from kit.service import command_service
from kit.settings import Settings
from services.directory.adapters.codes import MongoClaims
from services.directory.adapters.members import MongoMembers
from services.directory.adapters.placement_consumer import PlacementConsumer
from services.directory.adapters.views import MODEL, OrganisationView
from services.directory.application.changes import Claims
from services.directory.application.seeding import load_demo_data
from services.directory.domain.events import registry


@dataclass
class Directory:
    runtime: Runtime
    commands: CommandRunner
    views: View
    read_models: ReadModelHub
    issuer: TokenIssuer
    claims: Claims
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
    """`seed=False` leaves the demo organisation out even where the settings load it."""
    placement = PlacementConsumer()
    async with command_service(
        "directory",
        settings,
        registry,
        [OrganisationView()],
        store=store,
        publisher=publisher,
        clock=clock,
        subscriptions=[placement.subscription(settings)],
    ) as parts:
        commands = parts.commands
        placement.runner, placement.members = commands, MongoMembers(parts.runtime.db)
        issuer = TokenIssuer(
            settings.jwt_secret,
            settings.jwt_issuer,
            settings.jwt_audience,
            settings.jwt_ttl_seconds,
        )
        if seed and settings.loads_demo_data:
            await load_demo_data(commands)
        yield Directory(
            parts.runtime,
            commands,
            View(parts.views, MODEL),
            parts.read_models,
            issuer,
            MongoClaims(parts.runtime.db),
            development=settings.environment != "production",
        )
