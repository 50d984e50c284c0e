"""The subscriptions API: who may manage which endpoints (404 outside the scope, 403 inside)."""

from __future__ import annotations

from tests.integration.subscriptions_api import Api, api, error, registered

__all__ = ["api"]  # the fixture, used by name


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
