"""Every service of one deployment in-process on the real Kafka and FerretDB, with a few real
resources of Loei (an ESA's campaign, a province's webhook endpoint) for the probes to aim at."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from kit.settings import Settings
from services.curriculum.main import create_app as curriculum_app
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.reporting.main import create_app as reporting_app
from services.subscriptions.main import create_app as subscriptions_app
from services.subscriptions.settings import WebhookSettings
from services.supervision.main import create_app as supervision_app
from tests.integration.needs_flow import campaign_body, publish_template_with
from tests.support.harness import auth, eventually, serve
from tests.support.kafka_log import create_topics
from tests.support.threads import enlarge_default_executor

PATIENCE_S = 120.0
WEBHOOK_URL = "https://registry.loei.example/nithet"


@dataclass
class Deployment:
    settings: Settings
    clients: dict[str, httpx.AsyncClient]
    # Real resources of the victim tenant (Loei, loei-3), by path parameter name.
    victim_ids: dict[str, str] = field(default_factory=dict)

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)


async def _settled(d: Deployment) -> None:
    """The demo organisation has reached every service that keeps a copy of it."""
    sup = d.auth("supervisor", "loei-3")

    async def needs_schools() -> int:
        r = await d.clients["needs"].get("/v1/esas/loei-3/schools", headers=sup)
        return len(r.json()) if r.status_code == 200 else 0

    async def supervision_schools() -> Any:
        r = await d.clients["supervision"].get(
            "/v1/esas/loei-3/coverage", params={"year": 2569, "semester": 1}, headers=sup
        )
        return r.json().get("school_count")

    async def subscriptions_scope() -> str:
        body = {
            "url": "https://10.9.9.9/",
            "event_types": ["*"],
            "scope": {"level": "esa", "id": "loei-3"},
        }
        r = await d.clients["subscriptions"].post(
            "/v1/endpoints", json=body, headers=d.auth("admin", "th")
        )
        return str(r.json()["error"]["code"])

    await eventually(needs_schools, lambda n: n == 17, PATIENCE_S)
    await eventually(supervision_schools, lambda n: n == 17, PATIENCE_S)
    await eventually(subscriptions_scope, lambda code: code != "unknown_scope", PATIENCE_S)


async def _victim_resources(d: Deployment) -> None:
    sup = d.auth("supervisor", "loei-3")
    template = await publish_template_with(d.clients["needs"], sup, "loei-3")
    body = campaign_body(template, kind="list", schools=["1042060101"])
    r = await d.clients["needs"].post("/v1/esas/loei-3/campaigns", json=body, headers=sup)
    assert r.status_code == 201, r.text
    campaign = str(r.json()["campaign_id"])
    endpoint = {
        "url": WEBHOOK_URL,
        "event_types": ["needs.*"],
        "scope": {"level": "province", "id": "loei"},
    }
    loei = d.auth("integration", "loei")
    r = await d.clients["subscriptions"].post("/v1/endpoints", json=endpoint, headers=loei)
    assert r.status_code == 201, r.text
    d.victim_ids |= {
        "template_id": template,
        "campaign_id": campaign,
        "endpoint_id": str(r.json()["endpoint_id"]),
    }


FACTORIES = {
    "directory": directory_app,
    "needs": needs_app,
    "supervision": supervision_app,
    "curriculum": curriculum_app,
    "reporting": reporting_app,
}


@contextlib.asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[Deployment]:
    enlarge_default_executor()
    await create_topics(settings)
    async with contextlib.AsyncExitStack() as stack:
        clients = {
            name: await stack.enter_async_context(serve(make(settings)))
            for name, make in FACTORIES.items()
        }
        clients["subscriptions"] = await stack.enter_async_context(
            serve(subscriptions_app(settings, WebhookSettings()))
        )
        deployment = Deployment(settings, clients)
        await _settled(deployment)
        await _victim_resources(deployment)
        yield deployment
