"""The peer's HTTP edge: Nithet's path and token check in front of the eventsourcing app."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from eventsourcing.projection import ProjectionRunner
from fastapi import FastAPI, Request
from pydantic import BaseModel, ConfigDict

from bench.peer.app import CountsView, ResponseCounts, Surveys
from kit.auth.principal import esa_province
from kit.http.deps import CurrentPrincipal
from kit.http.service import verifier_for
from kit.settings import Settings


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answers: dict[str, Any]


def create_app() -> FastAPI:
    state: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runner = ProjectionRunner(
            application_class=Surveys, projection_class=ResponseCounts, view_class=CountsView
        )
        state["runner"], state["app"] = runner, runner.app
        yield
        runner.stop()

    app = FastAPI(lifespan=lifespan)
    app.state.verifier = verifier_for(Settings())

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    @app.put("/v1/esas/{esa}/campaigns/{campaign}/responses/{school}")
    async def submit(
        esa: str,
        campaign: str,
        school: str,
        body: Body,
        principal: CurrentPrincipal,
        request: Request,
    ) -> dict[str, Any]:
        principal.require_school(school, esa)
        version = await asyncio.to_thread(
            state["app"].submit, campaign, school, esa, esa_province(esa), body.answers
        )
        return {"version": version}

    @app.get("/v1/provinces/{province}/count")
    async def count(province: str) -> dict[str, int]:
        n = await asyncio.to_thread(state["runner"].view.get, "province", province)
        return {"responded": n}

    return app
