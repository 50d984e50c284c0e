"""The demo organisation is loaded once outside production, and never in production; Thailand's
provinces are reference data in every mode."""

from __future__ import annotations

import pytest

from kit.mongo import connect
from kit.settings import Settings
from services.directory import reference as ref
from services.directory.main import create_app
from tests.support.harness import auth, serve

pytestmark = pytest.mark.infra


async def commits(settings: Settings) -> int:
    client = connect(settings.mongo_url, "test")
    try:
        return await client[settings.database("directory")]["commits"].count_documents({})
    finally:
        await client.close()


async def test_a_second_start_appends_nothing(settings: Settings) -> None:
    async with serve(create_app(settings)):
        first = await commits(settings)
    assert first == 2 + 5 + 10 + len(ref.SCHOOLS) + 2 * len(ref.PEOPLE)
    async with serve(create_app(settings)):
        assert await commits(settings) == first


async def test_production_loads_no_demo_data_and_offers_no_development_login(
    settings: Settings,
) -> None:
    production = settings.model_copy(update={"environment": "production", "jwt_secret": "k" * 48})
    async with serve(create_app(production)) as client:
        admin = auth(production, "admin", "th")
        assert (await client.get("/v1/provinces", headers=admin)).json() == []
        reference = (await client.get("/v1/reference/provinces", headers=admin)).json()
        assert len(reference) == 77 and not any(p["registered"] for p in reference)
        assert (await client.get("/v1/dev/people")).status_code == 404
        r = await client.post(
            "/v1/provinces", json={"province": "loei", "name_th": "เลย"}, headers=admin
        )
        assert r.status_code == 201, r.text
    assert await commits(production) == 1
