"""The app factory: one FastAPI app per service with health, readiness and error handling.

`GET /healthz` answers while the process lives. `GET /readyz` runs the service's readiness
checks (its store and Kafka, and whatever it adds, such as read-model freshness) and answers
503 while any fails. OpenAPI is served at /openapi.json and /docs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel

from kit.http.errors import install_error_handlers
from kit.mongo import round_trips

Check = Callable[[], Awaitable[dict[str, Any] | None]]
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def create_service_app(
    *,
    service: str,
    title: str,
    description: str,
    lifespan: Lifespan,
    version: str = "1.0.0",
) -> FastAPI:
    app = FastAPI(
        title=title,
        description=description,
        version=version,
        lifespan=lifespan,
        openapi_tags=[{"name": "health", "description": "Liveness and readiness"}],
    )
    app.state.service = service
    app.state.readiness = {}
    app.state.metrics = {}
    install_error_handlers(app)
    app.include_router(health_router(service))
    return app


class Alive(BaseModel):
    status: Literal["alive"]
    service: str


def health_router(service: str) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz")
    async def healthz() -> Alive:
        """The process is alive."""
        return Alive(status="alive", service=service)

    @router.get("/readyz", responses={503: {"description": "Not ready"}})
    async def readyz(request: Request) -> JSONResponse:
        """The service's store, Kafka and other dependencies answer."""
        results = await run_checks(request.app.state.readiness)
        ready = all(r["ok"] for r in results.values())
        body = {"status": "ready" if ready else "not_ready", "service": service, "checks": results}
        return JSONResponse(body, status_code=200 if ready else 503)

    @router.get("/metrics", response_class=PlainTextResponse)
    async def metrics(request: Request) -> str:
        """Prometheus text exposition of the service's gauges."""
        return exposition(service, request.app.state.metrics)

    return router


def exposition(service: str, gauges: dict[str, Any]) -> str:
    lines = []
    for name, read in gauges.items():
        for labels, value in read():
            label_text = ",".join(f'{k}="{v}"' for k, v in labels.items())
            lines.append(f"{name}{{{label_text}}} {value}")
    for (command, collection), count in sorted(round_trips.counts.items()):
        labels = f'service="{service}",command="{command}",collection="{collection}"'
        lines.append(f"nithet_store_commands_total{{{labels}}} {count}")
    return "\n".join(lines) + "\n"


async def run_checks(checks: dict[str, Check]) -> dict[str, dict[str, Any]]:
    async def one(check: Check) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(3):
                detail = await check()
            result: dict[str, Any] = {"ok": True}
            if detail:
                result |= detail
        except Exception as exc:
            result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
        result["ms"] = round((time.perf_counter() - started) * 1000, 1)
        return result

    names = list(checks)
    outcomes = await asyncio.gather(*(one(checks[n]) for n in names))
    return dict(zip(names, outcomes, strict=True))


async def noop_lifespan(_: FastAPI) -> AsyncIterator[None]:
    yield
