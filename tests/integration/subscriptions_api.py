"""The subscriptions service with the directory (for its scopes), and helpers to call its API.

The target policy is the production default (https only, no loopback or private addresses).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from kit.settings import Settings
from services.directory.main import create_app as directory_app
from services.subscriptions.main import create_app as subscriptions_app
from services.subscriptions.settings import WebhookSettings
from tests.support import harness
from tests.support.harness import auth, eventually, serve
from tests.support.infra import Infra
from tests.support.kafka_log import create_topics
from tests.support.threads import enlarge_default_executor

URL = "https://sandbox-registry.rayong.example/nithet"


class Api:
    def __init__(self, client: httpx.AsyncClient, settings: Settings) -> None:
        self.client, self.settings = client, settings

    def who(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    async def register(
        self, headers: dict[str, str], level: str = "province", scope: str = "loei", **body: Any
    ) -> httpx.Response:
        payload = {"url": URL, "event_types": ["needs.*"], "scope": {"level": level, "id": scope}}
        return await self.client.post("/v1/endpoints", json=payload | body, headers=headers)

    async def endpoints(self) -> list[dict[str, Any]]:
        r = await self.client.get("/v1/endpoints", headers=self.who("admin", "th"))
        return r.json()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
async def api(infra: Infra) -> AsyncIterator[Api]:
    settings = harness.deployment_settings(infra.kafka, infra.mongo_url)
    enlarge_default_executor()
    await create_topics(settings)
    async with (
        serve(directory_app(settings)),
        serve(subscriptions_app(settings, WebhookSettings())) as client,
    ):
        api = Api(client, settings)

        async def scope_known() -> str:
            r = await api.register(api.who("admin", "th"), "esa", "loei-3", url="https://10.9.9.9/")
            return str(r.json()["error"]["code"])

        await eventually(scope_known, lambda code: code != "unknown_scope", timeout_s=60)
        yield api


async def registered(api: Api, headers: dict[str, str], **kw: Any) -> dict[str, Any]:
    r = await api.register(headers, **kw)
    assert r.status_code == 201, r.text
    endpoint = r.json()

    async def visible() -> int:
        path = f"/v1/endpoints/{endpoint['endpoint_id']}"
        return (await api.client.get(path, headers=api.who("admin", "th"))).status_code

    await eventually(visible, lambda status: status == 200)
    return endpoint  # type: ignore[no-any-return]


def error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    body = r.json()["error"]
    assert body["message"] and body["message_en"] and body["code"]
    return str(body["code"])
