"""What the directory shows to whom: the organisation to every signed-in caller (public
reference data), people and grants only to admins within their scope; a cluster-level grant
covers its cluster's schools and nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from kit.auth.principal import Grant, Level, Role
from kit.settings import Settings
from tests.integration.directory_api import DirectoryApi, cluster_grant, directory_api

pytestmark = pytest.mark.infra

PUBLIC = [
    "/v1/provinces/loei",
    "/v1/provinces/loei/esas",
    "/v1/esas/loei-3",
    "/v1/esas/loei-3/schools",
    "/v1/clusters/loei-3-nahaeo",
    "/v1/schools/1042060101",
    "/v1/reference/provinces",
]
LOEI_1_ADMIN = Grant(Role.ADMIN, Level.ESA, "loei-1", province="loei")


@pytest.fixture
async def api(settings: Settings) -> AsyncIterator[DirectoryApi]:
    async with directory_api(settings) as a:
        await a.read("/v1/esas/loei-3/people", lambda v: len(v) >= 5)
        yield a


async def status(api: DirectoryApi, path: str, who: dict[str, str]) -> int:
    return (await api.client.get(path, headers=who)).status_code


async def test_the_organisation_is_read_by_any_signed_in_caller(api: DirectoryApi) -> None:
    for who in (api.auth("supervisor", "rayong-2"), api.auth("school", "1021090101")):
        assert [await status(api, p, who) for p in PUBLIC] == [200] * len(PUBLIC)
    assert [await status(api, p, {}) for p in PUBLIC] == [401] * len(PUBLIC)
    assert await status(api, "/v1/esas/loei-9", api.admin) == 404
    assert await status(api, "/v1/schools/not-a-code", api.admin) == 404


async def test_people_are_read_by_the_admins_of_their_places_only(api: DirectoryApi) -> None:
    esa_admin = api.auth("admin", "loei-3")
    r = await api.client.get("/v1/esas/loei-3/people", headers=esa_admin)
    people = {p["person"]: p for p in r.json()}
    assert {"malee.jaidee", "kanya.sukjai", "anan.thongdee", "prasert.mankhong"} <= set(people)
    assert "somchai.rakrian" not in people and "chaiwat.phromma" not in people
    assert people["kanya.sukjai"]["grants"][0]["scope"] == "1042060101"
    assert await status(api, "/v1/esas/loei-1/people", esa_admin) == 404
    assert await status(api, "/v1/esas/loei-3/people", api.auth("supervisor", "loei-3")) == 403
    assert await status(api, "/v1/esas/loei-3/people", api.auth("supervisor", "rayong-2")) == 404
    malee = "/v1/people/malee.jaidee"
    assert await status(api, malee, esa_admin) == 200
    assert await status(api, malee, api.admin) == 200
    assert await status(api, malee, api.holding(LOEI_1_ADMIN)) == 404  # another ESA's
    assert await status(api, malee, api.auth("supervisor", "loei-3")) == 403
    assert await status(api, malee, api.auth("supervisor", "rayong-2")) == 404
    assert await status(api, "/v1/people/nobody.here", api.admin) == 404
    grants = "/v1/grants?level=esa&scope=loei-3"
    r = await api.client.get(grants, headers=esa_admin)
    assert {h["person"] for h in r.json()["holders"]} >= {"malee.jaidee", "prasert.mankhong"}
    assert await status(api, grants, api.auth("admin", "rayong-2")) == 404
    assert await status(api, "/v1/grants?level=nation&scope=th", esa_admin) == 403


async def test_a_cluster_grant_sees_its_cluster_only(api: DirectoryApi) -> None:
    grant = {"role": "admin", "level": "cluster", "scope": "loei-3-nahaeo"}
    r = await api.post("/v1/people/anan.thongdee/grants", grant, api.admin)
    assert r.status_code == 200, r.text
    await api.read("/v1/people/anan.thongdee", lambda v: len(v["grants"]) == 2)
    login = await api.client.post("/v1/dev/login", json={"person": "anan.thongdee"})
    who = {"Authorization": f"Bearer {login.json()['token']}"}
    me = (await api.client.get("/v1/me", headers=who)).json()
    assert {"role": "admin", "level": "cluster", "id": "loei-3-nahaeo", "esa": "loei-3",
            "province": "loei"} in me["grants"]  # fmt: skip
    assert await status(api, "/v1/grants?level=school&scope=1042060101", who) == 200
    assert await status(api, "/v1/grants?level=school&scope=1042050101", who) == 404  # Dan Sai
    assert await status(api, "/v1/grants?level=cluster&scope=loei-3-dansai", who) == 404
    assert await status(api, "/v1/people/kanya.sukjai", who) == 200  # director of a Na Haeo school
    assert await status(api, "/v1/people/malee.jaidee", who) == 403  # of loei-3 as a whole
    assert await status(api, "/v1/people/somchai.rakrian", who) == 404  # of loei-1
    assert await status(api, "/v1/esas/loei-3/people", who) == 403
    rename = {"name_th": "โรงเรียนบ้านกลางวิทยา"}
    r = await api.post("/v1/schools/1042060102/rename", rename, who)
    assert r.status_code == 200, r.text
    assert (await api.post("/v1/schools/1042050101/rename", rename, who)).status_code == 404
    nahaeo = api.holding(cluster_grant(Role.SUPERVISOR, "loei-3-nahaeo", "loei-3"))
    assert (await api.post("/v1/schools/1042060102/rename", rename, nahaeo)).status_code == 403


async def test_a_supervisor_is_granted_one_cluster_by_the_esa_admin(api: DirectoryApi) -> None:
    esa_admin = api.auth("admin", "loei-3")
    grant = {"role": "supervisor", "level": "cluster", "scope": "loei-3-nahaeo"}
    keyed = esa_admin | {"Idempotency-Key": "grant-somchai-nahaeo"}
    r = await api.post("/v1/people/somchai.rakrian/grants", grant, keyed)
    assert r.status_code == 200, r.text
    assert [g["scope"] for g in r.json()["grants"]] == ["loei-3-nahaeo"]  # not his loei-1 grant
    again = await api.post("/v1/people/somchai.rakrian/grants", grant, keyed)
    assert again.headers.get("Idempotent-Replayed") == "true" and again.json() == r.json()
    r = await api.post(
        "/v1/people/somchai.rakrian/grants",
        {**grant, "level": "province", "scope": "loei"},
        esa_admin,
    )
    assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "level"
    revoke = {"role": "supervisor", "level": "esa", "scope": "loei-1"}
    r = await api.post("/v1/people/somchai.rakrian/grants/revoke", revoke, esa_admin)
    assert r.status_code == 404  # loei-1 is not the loei-3 admin's to change
    r = await api.post("/v1/people/somchai.rakrian/grants/revoke", {**grant}, esa_admin)
    assert r.status_code == 200 and r.json()["grants"] == [], r.text
