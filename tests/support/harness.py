"""Running services in-process against the session's real Kafka and FerretDB."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx
from fastapi import FastAPI

from kit.auth.tokens import TokenIssuer
from kit.settings import Settings
from services.directory.application.tokens import principal_for
from tests.support.stacks import task_stacks

T = TypeVar("T")


def deployment_settings(kafka: str, mongo_url: str, **overrides: Any) -> Settings:
    """Settings of one isolated deployment: its own databases and consumer groups."""
    prefix = f"t{uuid.uuid4().hex[:10]}"
    values: dict[str, Any] = {
        "environment": "test",
        "kafka_bootstrap": kafka,
        "mongo_url": mongo_url,
        "database_prefix": prefix,
        "topic_prefix": prefix,
        "relay_batch": 500,
    }
    return Settings(**(values | overrides))


def token(settings: Settings, role: str, scope: str) -> str:
    issuer = TokenIssuer(settings.jwt_secret, settings.jwt_issuer, settings.jwt_audience, 3600)
    return issuer.issue(principal_for(role, scope))


def auth(settings: Settings, role: str, scope: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token(settings, role, scope)}"}


@contextlib.asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan running, and a client that calls it in-process."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test", timeout=30) as c:
            yield c


async def eventually(
    probe: Callable[[], Awaitable[T]],
    accept: Callable[[T], bool],
    timeout_s: float = 15.0,
    interval_s: float = 0.05,
) -> T:
    """Poll `probe` until `accept` holds; fail with the last value after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    value = await probe()
    while not accept(value):
        if time.monotonic() > deadline:
            raise AssertionError(
                f"condition not met within {timeout_s}s; last value: {value!r}\n"
                f"tasks:\n{task_stacks()}"
            )
        await asyncio.sleep(interval_s)
        value = await probe()
    return value
