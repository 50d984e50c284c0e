"""The subscriptions API: clear 4xx answers that change nothing; idempotency and If-Match."""

from __future__ import annotations

from typing import Any

import pytest

from kit.mongo import connect
from tests.integration.subscriptions_api import URL, Api, api, error, registered

__all__ = ["api"]  # the fixture, used by name


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
    assert r.json() == {"endpoint_id": endpoint["endpoint_id"], "status": "paused"}
    r = await api.client.delete(path, headers=admin)
    assert r.status_code == 200 and r.json()["status"] == "deleted"
    assert error(await api.client.get(path, headers=admin), 404) == "not_found"
    assert error(await api.client.post(path + "/resume", headers=admin), 404) == "not_found"


async def test_every_command_reads_its_own_writes_without_waiting_for_the_views(api: Api) -> None:
    admin = api.who("admin", "th")
    r = await api.register(admin)  # no wait for the endpoints view: the next call finds it
    assert r.status_code == 201, r.text
    assert r.headers["Location"] == f"/v1/endpoints/{r.json()['endpoint_id']}"
    assert set(r.json()) == {"endpoint_id", "secret_id", "secret"}
    path = r.headers["Location"]
    assert (await api.client.post(path + "/pause", headers=admin)).json()["status"] == "paused"
    shown = await api.client.get(path, headers=admin)
    assert shown.json()["status"] == "paused" and shown.headers["ETag"] == '"2"'
    rotated = await api.client.post(path + "/secret/rotate", json={"keep_previous_hours": 0})
    assert rotated.status_code == 401  # a token is needed, as everywhere
    rotated = await api.client.post(
        path + "/secret/rotate", json={"keep_previous_hours": 0}, headers=admin
    )
    assert rotated.status_code == 200, rotated.text
    secret = await api.client.get(path + "/secret", headers=admin)
    assert secret.json() == {"secret": rotated.json()["secret"], "previous": []}
    assert [s["id"] for s in (await api.client.get(path, headers=admin)).json()["secrets"]] == [
        rotated.json()["secret_id"]
    ]
    replayed = await api.client.post(path + "/replay", json={"start": "beginning"}, headers=admin)
    assert replayed.status_code == 202 and replayed.json()["generation"] == 1
    assert (await api.client.get(path + "/cursor", headers=admin)).json()["generation"] == 1
    assert (await api.client.delete(path, headers=admin)).status_code == 200
    assert error(await api.client.get(path + "/secret", headers=admin), 404) == "not_found"


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
    stored = await _stored_secrets(api, endpoint["endpoint_id"])
    assert stored and all("sealed" in doc for doc in stored)
    key = secret.removeprefix("whsec_")
    assert not [doc for doc in stored if key in str(doc)]  # sealed, not in the clear


async def _stored_secrets(api: Api, endpoint_id: str) -> list[dict[str, Any]]:
    client = connect(api.settings.mongo_url, "secrets-check")
    try:
        db = client[api.settings.database("subscriptions")]
        return await db["secrets"].find({"endpoint": endpoint_id}).to_list(None)
    finally:
        await client.close()


async def test_unknown_deliveries_and_bad_ids_are_clear_4xx(api: Api) -> None:
    admin = api.who("admin", "th")
    endpoint = await registered(api, admin)
    path = f"/v1/endpoints/{endpoint['endpoint_id']}"
    missing = "g0-01a20000-0000-7000-8000-000000000000"
    assert error(await api.client.get(f"{path}/deliveries/{missing}", headers=admin), 404)
    assert error(
        await api.client.post(f"{path}/deliveries/{missing}/redeliver", headers=admin), 404
    )
    assert error(await api.client.get(f"{path}/deliveries/not-a-delivery", headers=admin), 404)
    assert error(await api.client.get(f"{path}/deliveries?status=lost", headers=admin), 422)
    assert error(await api.client.get(f"{path}/deliveries?limit=9999", headers=admin), 422)
    assert error(await api.client.get(f"{path}/deliveries?before=yesterday", headers=admin), 422)
    too_late = f"{path}/deliveries?before=999999999999999.g0-ab"
    assert error(await api.client.get(too_late, headers=admin), 422) == "bad_page_token"
    assert error(await api.client.get("/v1/endpoints/NOT_AN_ID", headers=admin), 404)
    unknown = "/v1/endpoints/01a20000-0000-7000-8000-000000000000"
    assert error(await api.client.get(unknown, headers=admin), 404) == "not_found"
