"""One deployment with the directory, needs and subscriptions services, for webhook tests.

Deliveries go to real HTTP receivers on 127.0.0.1 (tests.support.receiver); the retry
schedule is a fraction of a second so that outages can be tested without waiting hours.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

from kit.settings import Settings
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.subscriptions.main import create_app as subscriptions_app
from services.subscriptions.settings import WebhookSettings
from tests.integration.needs_flow import campaign_body, publish_template_with, standard_answers
from tests.support.harness import auth, eventually, serve
from tests.support.kafka_log import Logged, campaign_log, create_topics
from tests.support.threads import enlarge_default_executor

FAST: dict[str, Any] = {
    "retry_schedule_s": (0.2, 0.4, 0.8, 1.5, 3.0, 5.0, 10.0, 20.0),  # ~40 s: a busy machine
    "retry_jitter": 0.0,
    "timeout_s": 2.0,
    "allow_http": True,
    "allow_loopback": True,
    "lease_ttl_s": 3.0,
}


def fast_webhooks(**overrides: Any) -> WebhookSettings:
    return WebhookSettings(**(FAST | overrides))


@dataclass
class WebhookSystem:
    settings: Settings
    directory: httpx.AsyncClient
    needs: httpx.AsyncClient
    subscriptions: httpx.AsyncClient
    registered: list[str] = field(default_factory=list)

    def auth(self, role: str, scope: str) -> dict[str, str]:
        return auth(self.settings, role, scope)

    @property
    def admin(self) -> dict[str, str]:
        return self.auth("admin", "th")

    async def register(
        self,
        url: str,
        *,
        scope: tuple[str, str] = ("province", "loei"),
        types: Iterable[str] = ("*",),
        start: str = "now",
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        body = {
            "url": url,
            "event_types": list(types),
            "scope": {"level": scope[0], "id": scope[1]},
            "start": start,
            "description": "ระบบทดสอบ",
        }
        r = await self.subscriptions.post("/v1/endpoints", json=body, headers=headers or self.admin)
        assert r.status_code == 201, r.text
        endpoint = r.json()
        self.registered.append(endpoint["endpoint_id"])
        return endpoint  # type: ignore[no-any-return]

    async def delete_registered(self) -> None:
        """Delete the endpoints a test registered (their workers stop reading Kafka)."""
        while self.registered:
            endpoint_id = self.registered.pop()
            await self.subscriptions.delete(f"/v1/endpoints/{endpoint_id}", headers=self.admin)

    async def worker_stopped(self, endpoint_id: str) -> None:
        """Wait until the dispatcher runs no worker for the endpoint."""

        async def held() -> list[str]:
            r = await self.subscriptions.get("/readyz")
            return list(r.json()["checks"]["dispatcher"]["dispatcher"]["endpoints_held"])

        await eventually(held, lambda found: endpoint_id not in found)

    async def endpoint(self, endpoint_id: str) -> dict[str, Any]:
        r = await self.subscriptions.get(f"/v1/endpoints/{endpoint_id}", headers=self.admin)
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    async def endpoint_where(self, endpoint_id: str, accept: Any) -> dict[str, Any]:
        return await eventually(lambda: self.endpoint(endpoint_id), accept)

    async def post(self, path: str, body: Any = None) -> httpx.Response:
        return await self.subscriptions.post(path, json=body, headers=self.admin)

    async def deliveries(self, endpoint_id: str, **params: Any) -> list[dict[str, Any]]:
        r = await self.subscriptions.get(
            f"/v1/endpoints/{endpoint_id}/deliveries", params=params, headers=self.admin
        )
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]

    async def cursor_passed(self, endpoint_id: str, log: list[Logged]) -> None:
        """Wait until the endpoint's cursor is past every record of `log`."""
        ends: dict[tuple[str, int], int] = {}
        for record in log:
            ends[(record.topic, record.partition)] = record.offset + 1

        async def positions() -> dict[tuple[str, int], int]:
            r = await self.subscriptions.get(
                f"/v1/endpoints/{endpoint_id}/cursor", headers=self.admin
            )
            return {(p["topic"], p["partition"]): p["offset"] for p in r.json()["positions"]}

        await eventually(
            positions, lambda got: all(got.get(tp, -1) >= end for tp, end in ends.items()), 30
        )

    async def needs_activity(self, esa: str, school: str, revisions: int) -> str:
        """A campaign for one school, answered `revisions` times: one stream of several events."""
        supervisor = self.auth("supervisor", esa)
        template = await publish_template_with(self.needs, supervisor, esa)
        body = campaign_body(template, kind="list", schools=[school])
        r = await self.needs.post(f"/v1/esas/{esa}/campaigns", json=body, headers=supervisor)
        assert r.status_code == 201, r.text
        campaign = str(r.json()["campaign_id"])
        for n in range(revisions):
            r = await self.needs.put(
                f"/v1/esas/{esa}/campaigns/{campaign}/responses/{school}",
                json={"answers": standard_answers(devices_needed=n + 1)},
                headers=self.auth("school", school),
            )
            assert r.status_code == 200, r.text
        return campaign


async def _organisation_known(system: WebhookSystem) -> str:
    """The subscriptions service knows the organisation once a scope stops being unknown."""
    body = {
        "url": "https://10.1.2.3/",
        "event_types": ["*"],
        "scope": {"level": "esa", "id": "loei-3"},
    }
    r = await system.subscriptions.post("/v1/endpoints", json=body, headers=system.admin)
    return str(r.json()["error"]["code"])


async def _needs_knows_schools(system: WebhookSystem) -> str:
    """Once the needs service knows the schools, open a probe campaign (a real event)."""
    supervisor = system.auth("supervisor", "loei-3")
    r = await system.needs.get("/v1/esas/loei-3/schools", headers=supervisor)
    if r.status_code != 200 or len(r.json()) < 17:
        return ""
    template = await publish_template_with(system.needs, supervisor, "loei-3")
    body = campaign_body(template, kind="list", schools=["1042060114"])
    r = await system.needs.post("/v1/esas/loei-3/campaigns", json=body, headers=supervisor)
    return str(r.json()["campaign_id"]) if r.status_code == 201 else ""


@contextlib.asynccontextmanager
async def webhook_system(
    settings: Settings, webhooks: WebhookSettings | None = None
) -> AsyncIterator[WebhookSystem]:
    enlarge_default_executor()
    await create_topics(settings)
    async with (
        serve(directory_app(settings)) as directory,
        serve(needs_app(settings)) as needs,
        serve(subscriptions_app(settings, webhooks or fast_webhooks())) as subscriptions,
    ):
        system = WebhookSystem(settings, directory, needs, subscriptions)
        await settled(system)
        yield system


async def settled(system: WebhookSystem) -> None:
    """Wait until the services know the organisation and everything so far is on Kafka."""
    await eventually(lambda: _organisation_known(system), lambda c: c != "unknown_scope", 60)
    probe = await eventually(lambda: _needs_knows_schools(system), bool, 60)
    await campaign_log(system.settings, probe, 1)  # so an endpoint starting "now" starts after
