"""The subscriptions API: who may manage which endpoints, and clear 4xx answers that change nothing."""

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
    settings = harness.test_settings(infra.kafka, infra.mongo_url)
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


async def test_registering_needs_a_token(api: Api) -> None:
    assert error(await api.register({}), 401) == "unauthenticated"


async def test_an_integration_of_loei_registers_for_loei_and_its_esas_but_not_rayong(
    api: Api,
) -> None:
    loei = api.who("integration", "loei")
    for level, scope in (("province", "loei"), ("esa", "loei-3")):
        await registered(api, loei, level=level, scope=scope)
    for level, scope in (("province", "rayong"), ("esa", "rayong-2"), ("nation", "th")):
        assert error(await api.register(loei, level, scope), 404) == "not_found"


async def test_an_esa_integration_cannot_reach_its_province_or_a_neighbour(api: Api) -> None:
    loei_3 = api.who("integration", "loei-3")
    await registered(api, loei_3, level="esa", scope="loei-3")
    assert error(await api.register(loei_3, "province", "loei"), 404) == "not_found"
    assert error(await api.register(loei_3, "esa", "loei-1"), 404) == "not_found"


async def test_other_roles_in_scope_are_forbidden_and_outside_it_not_found(api: Api) -> None:
    supervisor = api.who("supervisor", "loei-3")
    assert error(await api.register(supervisor, "esa", "loei-3"), 403) == "forbidden"
    assert error(await api.register(supervisor, "esa", "rayong-2"), 404) == "not_found"
    officer = api.who("provincial_officer", "loei")
    assert error(await api.register(officer, "province", "loei"), 403) == "forbidden"
    school = api.who("school", "1042060101")
    assert error(await api.register(school, "esa", "loei-3"), 404) == "not_found"
    assert error(await api.client.get("/v1/endpoints", headers=supervisor), 403) == "forbidden"


async def test_a_rayong_endpoint_is_invisible_to_loei_in_every_route(api: Api) -> None:
    rayong = await registered(api, api.who("integration", "rayong"), scope="rayong")
    loei = api.who("integration", "loei")
    path = f"/v1/endpoints/{rayong['endpoint_id']}"
    for method, suffix in (
        ("GET", ""),
        ("GET", "/secret"),
        ("GET", "/cursor"),
        ("GET", "/deliveries"),
        ("POST", "/pause"),
        ("POST", "/resume"),
        ("POST", "/secret/rotate"),
        ("DELETE", ""),
    ):
        r = await api.client.request(method, path + suffix, headers=loei)
        assert error(r, 404) == "not_found", (method, suffix)
    r = await api.client.post(path + "/replay", json={"start": "beginning"}, headers=loei)
    assert error(r, 404) == "not_found"
    listed = await api.client.get("/v1/endpoints", headers=loei)
    assert rayong["endpoint_id"] not in {e["endpoint_id"] for e in listed.json()}


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"url": "http://sandbox.example/hooks"}, 422, "url_scheme"),
        ({"url": "https://10.0.0.8/hooks"}, 422, "url_refused_address"),
        ({"url": "https://169.254.169.254/latest"}, 422, "url_refused_address"),
        ({"url": "https://user:pw@sandbox.example/"}, 422, "url_credentials"),
        ({"url": "sandbox.example/hooks"}, 422, "url_scheme"),
        ({"url": "https://127.0.0.1:8005/v1/endpoints"}, 422, "url_refused_address"),
        ({"url": "short"}, 422, "invalid_input"),
        ({"event_types": []}, 422, "invalid_input"),
        ({"event_types": ["needs"]}, 422, "invalid_input"),
        ({"event_types": ["needs.*"] * 101}, 422, "invalid_input"),
        ({"scope": {"level": "school", "id": "1042060101"}}, 422, "invalid_input"),
        ({"scope": {"level": "esa", "id": "loei"}}, 422, "invalid_scope"),
        ({"scope": {"level": "esa", "id": "loei-9"}}, 422, "unknown_scope"),
        ({"secret": "whsec_short"}, 422, "invalid_input"),
        ({"secret": "not-a-whsec-secret-but-long-enough-to-pass-the-length"}, 422, "invalid_input"),
        ({"start": "yesterday"}, 422, "invalid_input"),
        ({"description": "x" * 201}, 422, "invalid_input"),
        ({"colour": "blue"}, 422, "invalid_input"),
    ],
)
async def test_bad_registrations_are_refused_clearly_and_write_nothing(
    api: Api, change: dict[str, Any], status: int, code: str
) -> None:
    before = len(await api.endpoints())
    body = {"url": URL, "event_types": ["needs.*"], "scope": {"level": "province", "id": "loei"}}
    r = await api.client.post("/v1/endpoints", json=body | change, headers=api.who("admin", "th"))
    assert error(r, status) == code
    assert len(await api.endpoints()) == before


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"start": "time"}, "invalid_input"),
        ({"start": "time", "at": "2026-06-01T09:00:00"}, "invalid_input"),  # no time zone
        ({"start": "position"}, "invalid_input"),
        ({"start": "beginning", "at": "2026-06-01T09:00:00+07:00"}, "invalid_input"),
        (
            {
                "start": "position",
                "positions": [{"topic": "x.needs.events", "partition": 0, "offset": 0}],
            },
            "unknown_topic",
        ),
        (
            {"start": "position", "positions": [{"topic": "t", "partition": -1, "offset": 0}]},
            "invalid_input",
        ),
        ({"start": "soon"}, "invalid_input"),
        ({"start": "time", "at": "2999-01-01T00:00:00+07:00"}, "replay_in_future"),
    ],
)
async def test_bad_replays_are_refused_clearly(api: Api, body: dict[str, Any], code: str) -> None:
    endpoint = await registered(api, api.who("admin", "th"))
    r = await api.client.post(
        f"/v1/endpoints/{endpoint['endpoint_id']}/replay", json=body, headers=api.who("admin", "th")
    )
    assert error(r, 422) == code


async def test_a_repeated_registration_with_the_same_key_answers_the_first_endpoint_and_secret(
    api: Api,
) -> None:
    admin = api.who("admin", "th") | {"Idempotency-Key": "register-loei-sandbox-1"}
    first = await api.register(admin)
    again = await api.register(admin)
    assert first.status_code == 201 and again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["endpoint_id"] == first.json()["endpoint_id"]
    assert again.json()["secret"] == first.json()["secret"]
    other = await api.register(admin, description="another body")
    assert error(other, 422) == "idempotency_key_reused"


async def test_a_stale_if_match_is_a_conflict_and_a_deleted_endpoint_is_gone(api: Api) -> None:
    admin = api.who("admin", "th")
    endpoint = await registered(api, admin)
    path = f"/v1/endpoints/{endpoint['endpoint_id']}"
    r = await api.client.post(path + "/pause", headers=admin | {"If-Match": '"7"'})
    assert error(r, 409) == "version_conflict"
    r = await api.client.post(path + "/pause", headers=admin | {"If-Match": '"1"'})
    assert r.status_code == 200 and r.headers["ETag"] == '"2"'
    r = await api.client.delete(path, headers=admin)
    assert r.status_code == 200

    async def status() -> int:
        return (await api.client.get(path, headers=admin)).status_code

    await eventually(status, lambda s: s == 404)
    assert error(await api.client.post(path + "/resume", headers=admin), 404) == "not_found"


async def test_a_chosen_secret_is_kept_and_never_shown_in_the_endpoint(api: Api) -> None:
    secret = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODk="
    endpoint = await registered(api, api.who("admin", "th"), secret=secret)
    assert endpoint["secret"] == secret
    path = f"/v1/endpoints/{endpoint['endpoint_id']}"
    shown = await api.client.get(path, headers=api.who("admin", "th"))
    assert secret not in shown.text and shown.json()["scope"] == {"level": "province", "id": "loei"}
    revealed = await api.client.get(path + "/secret", headers=api.who("admin", "th"))
    assert revealed.json()["secret"] == secret
    assert revealed.headers["Cache-Control"] == "no-store"


async def test_unknown_deliveries_and_bad_ids_are_clear_4xx(api: Api) -> None:
    admin = api.who("admin", "th")
    endpoint = await registered(api, admin)
    path = f"/v1/endpoints/{endpoint['endpoint_id']}"
    missing = "g0-01a20000-0000-7000-8000-000000000000"
    assert error(await api.client.get(f"{path}/deliveries/{missing}", headers=admin), 404)
    assert error(
        await api.client.post(f"{path}/deliveries/{missing}/redeliver", headers=admin), 404
    )
    assert error(await api.client.get(f"{path}/deliveries/not-a-delivery", headers=admin), 422)
    assert error(await api.client.get(f"{path}/deliveries?status=lost", headers=admin), 422)
    assert error(await api.client.get(f"{path}/deliveries?limit=9999", headers=admin), 422)
    assert error(await api.client.get("/v1/endpoints/NOT_AN_ID", headers=admin), 422)
    unknown = "/v1/endpoints/01a20000-0000-7000-8000-000000000000"
    assert error(await api.client.get(unknown, headers=admin), 404) == "not_found"
