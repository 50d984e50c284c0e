"""Wiring the directory: event store, relay, its organisation view, token issuer, demo data."""

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
from services.directory.adapters.views import MODEL, OrganisationView
from services.directory.application.seeding import load_reference_data
from services.directory.domain.events import registry


@dataclass
class Directory:
    runtime: Runtime
    commands: CommandRunner
    views: View
    read_models: ReadModelHub
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
    async with command_service(
        "directory",
        settings,
        registry,
        [OrganisationView()],
        store=store,
        publisher=publisher,
        clock=clock,
    ) as parts:
        commands = parts.commands
        issuer = TokenIssuer(
            settings.jwt_secret,
            settings.jwt_issuer,
            settings.jwt_audience,
            settings.jwt_ttl_seconds,
        )
        if seed:
            await load_reference_data(commands)
        yield Directory(
            parts.runtime,
            commands,
            View(parts.views, MODEL),
            parts.read_models,
            issuer,
            development=settings.environment != "production",
        )
