"""Every reporting route over HTTP, answered from a year of Loei's work folded in memory (no
Kafka, no store): the read rule on every route, and every answer sent as its model says.

A school's director reads the school's own view and gets 403 on every report, view and export
of the ESA, the province and the nation; another school's view and another tenant's offices
are not found. Staff over an office get every route of their level."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from kit.errors import NotFound
from kit.settings import Settings
from services.reporting.application.perspective import Perspective
from services.reporting.application.querying import MemoryStore
from services.reporting.main import create_app
from tests.support.harness import auth
from tests.unit.reporting.year_end_year import loei_store

SCHOOL, NEIGHBOUR = "1042060101", "1042060102"
LOEI = {"esa": "loei-3", "province": "loei", "fmt": "xlsx", "model": "needs_esa_summary"}
RAYONG = {"esa": "rayong-2", "province": "rayong", "fmt": "pdf", "model": "needs_esa_summary"}


class Folded:
    """Reporting as its routes use it, over folded documents."""

    def __init__(self, store: MemoryStore) -> None:
        self.reads, self.rebuilds = store, {}
        self.read_models = SimpleNamespace(status=lambda: [{"model": "x", "running": False}])

    async def store_for(self, perspective: Perspective) -> MemoryStore:
        return self.reads

    def start_rebuild(self, model: str) -> Any:
        raise NotFound()


@pytest.fixture(scope="module")
def app() -> FastAPI:
    made = create_app(Settings())
    made.state.reporting = Folded(loei_store())
    return made


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        yield c


def paths(app: FastAPI, level: str, names: dict[str, str]) -> list[str]:
    """The routes of one level (`esas`, `provinces`, `nation`, `admin`), parameters filled in."""
    found = [p for p in app.openapi()["paths"] if p.startswith("/v1/") and f"/{level}" in p]
    return [re.sub(r"{(\w+)}", lambda m: names[m.group(1)], p) for p in found]


async def status(client: httpx.AsyncClient, path: str, who: tuple[str, str]) -> int:
    method = client.post if path.endswith("/rebuild") else client.get
    params = {"year": 2569, "semester": 1}
    return (await method(path, params=params, headers=auth(Settings(), *who))).status_code


async def test_a_school_reads_its_own_view_and_nothing_of_its_esa(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    director = ("school", SCHOOL)
    r = await client.get(
        f"/v1/views/schools/{SCHOOL}", params={"year": 2569}, headers=auth(Settings(), *director)
    )
    assert r.status_code == 200, r.text
    assert r.json()["sections"]["supervision"]["sar_status"] == "accepted"
    assert await status(client, f"/v1/views/schools/{NEIGHBOUR}", director) == 404
    for level in ("esas", "provinces", "nation", "admin"):
        refused = {p: await status(client, p, director) for p in paths(app, level, LOEI)}
        assert set(refused.values()) == {403}, refused
    for level in ("esas", "provinces"):
        elsewhere = {p: await status(client, p, director) for p in paths(app, level, RAYONG)}
        assert set(elsewhere.values()) == {404}, elsewhere


@pytest.mark.parametrize(
    ("level", "who"),
    [
        ("esas", ("supervisor", "loei-3")),
        ("provinces", ("provincial_officer", "loei")),
        ("nation", ("policy_committee", "th")),
    ],
)
async def test_staff_read_every_route_of_their_level(
    app: FastAPI, client: httpx.AsyncClient, level: str, who: tuple[str, str]
) -> None:
    answered = {p: await status(client, p, who) for p in paths(app, level, LOEI)}
    assert set(answered.values()) == {200}, answered
    assert len(answered) > 20


async def test_unknown_offices_and_bad_input(client: httpx.AsyncClient) -> None:
    policy = ("policy_committee", "th")
    assert await status(client, "/v1/esas/loei-9/needs/service", policy) == 404
    assert await status(client, "/v1/views/schools/9999999999", policy) == 404
    assert await status(client, "/v1/esas/loei-3/supervision/visits", policy) == 404
    r = await client.get(
        "/v1/views/nation", params={"year": 2569, "semester": 3}, headers=auth(Settings(), *policy)
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"
    admin = ("admin", "th")
    assert await status(client, "/v1/admin/read-models", admin) == 200
    assert await status(client, "/v1/admin/read-models/nothing/rebuild", admin) == 404
