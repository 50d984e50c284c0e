"""Building a service's FastAPI app around its bootstrap context manager."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

from fastapi import APIRouter, FastAPI

from kit.auth.tokens import TokenVerifier
from kit.http.app import create_service_app
from kit.http.errors import ERROR_RESPONSES
from kit.settings import Settings


def verifier_for(settings: Settings) -> TokenVerifier:
    if settings.oidc_jwks_url:
        return TokenVerifier(
            issuer=settings.oidc_issuer,
            audience=settings.jwt_audience,
            jwks_url=settings.oidc_jwks_url,
        )
    return TokenVerifier(
        secret=settings.jwt_secret, issuer=settings.jwt_issuer, audience=settings.jwt_audience
    )


def build_app(
    *,
    service: str,
    title: str,
    description: str,
    settings: Settings,
    start: Callable[[], AbstractAsyncContextManager[Any]],
    routers: list[APIRouter],
) -> FastAPI:
    """`start()` yields the wired service; it is kept on `app.state.<service>`.

    Every route of `routers` documents the error answers of ERROR_RESPONSES.
    """

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with start() as wired:
            setattr(app.state, service, wired)
            app.state.readiness = wired.runtime.checks
            app.state.metrics = wired.runtime.metrics
            yield

    app = create_service_app(
        service=service, title=title, description=description, lifespan=lifespan
    )
    app.state.verifier = verifier_for(settings)
    app.state.settings = settings
    for router in routers:
        app.include_router(router, responses=ERROR_RESPONSES)
    return app
