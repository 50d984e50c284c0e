"""Administering the organisation through the directory's routes: provinces, ESAs, clusters
and schools created, renamed, moved and closed, with the usual refusals, on real Kafka and
FerretDB."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from kit.settings import Settings
from tests.integration.directory_api import DirectoryApi, directory_api, field_of

pytestmark = pytest.mark.infra


@pytest.fixture
async def api(settings: Settings) -> AsyncIterator[DirectoryApi]:
    async with directory_api(settings) as a:
        yield a


async def _build_nan(api: DirectoryApi) -> None:
    r = await api.post(
        "/v1/provinces",
        {"province": "nan", "name_th": "น่าน", "name_en": "Nan", "iso_code": "TH-55"},
        api.admin,
    )
    assert r.status_code == 201, r.text
    assert r.headers["Location"] == "/v1/provinces/nan" and r.headers["ETag"] == '"1"'
    esa = {"esa": "nan-1", "name_th": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1"}
    r = await api.post("/v1/provinces/nan/esas", esa | {"short_th": "สพป.น่าน เขต 1"}, api.admin)
    assert r.status_code == 201, r.text
    cluster = {"cluster": "nan-1-mueang", "name_th": "กลุ่มโรงเรียนเมืองน่าน"}
    r = await api.post("/v1/esas/nan-1/clusters", cluster, api.admin)
    assert r.status_code == 201, r.text
    assert r.json()["esa"] == "nan-1" and r.json()["status"] == "open"


async def test_a_national_admin_builds_a_province_from_its_esa_down_to_a_school(
    api: DirectoryApi,
) -> None:
    await _build_nan(api)
    school = {"school": "1055010101", "name_th": "โรงเรียนบ้านดอนแก้ว", "cluster": "nan-1-mueang"}
    r = await api.post("/v1/esas/nan-1/schools", school, api.admin)
    assert r.status_code == 201, r.text
    answer = r.json()
    assert (answer["esa"], answer["province"], answer["cluster"]) == (
        "nan-1",
        "nan",
        "nan-1-mueang",
    )
    assert answer["placements"][0]["esa"] == "nan-1"
    esa = await api.read("/v1/esas/nan-1", lambda v: len(v["clusters"]) == 1)
    assert esa["short_th"] == "สพป.น่าน เขต 1"
    await api.read("/v1/esas/nan-1/schools", lambda v: [s["school"] for s in v] == ["1055010101"])
    reference = await api.read("/v1/reference/provinces", lambda v: len(v) == 77)
    assert {p["province"] for p in reference if p["registered"]} == {"loei", "rayong", "nan"}


async def test_a_code_is_registered_once_and_a_parent_must_exist(api: DirectoryApi) -> None:
    await _build_nan(api)
    again = await api.post("/v1/provinces", {"province": "nan", "name_th": "น่าน"}, api.admin)
    assert again.status_code == 422 and again.json()["error"]["code"] == "duplicate_code"
    assert field_of(again) == "province"
    assert again.json()["error"]["details"][0]["label"] == "รหัสจังหวัด"
    cluster = {"cluster": "loei-3-nahaeo", "name_th": "ซ้ำ"}
    r = await api.post("/v1/esas/nan-1/clusters", cluster, api.admin)  # a code of another ESA
    assert r.status_code == 422 and field_of(r) == "cluster", r.text
    school = {"school": "1042060101", "name_th": "ซ้ำ", "cluster": "nan-1-mueang"}
    r = await api.post("/v1/esas/nan-1/schools", school, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "duplicate_code", r.text
    r = await api.post(
        "/v1/provinces/phrae/esas", {"esa": "phrae-1", "name_th": "x", "short_th": "x"}, api.admin
    )
    assert r.status_code == 404  # the province is not registered
    wrong = {"esa": "loei-9", "name_th": "x", "short_th": "x"}
    r = await api.post("/v1/provinces/nan/esas", wrong, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "esa_code_province_mismatch"
    school = {"school": "1055010109", "name_th": "x", "cluster": "loei-3-nahaeo"}
    r = await api.post("/v1/esas/nan-1/schools", school, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "cluster_of_another_esa"
    await api.read("/v1/esas/nan-1", lambda v: len(v["clusters"]) == 1)
    r = await api.client.get("/v1/schools/1055010109", headers=api.admin)
    assert r.status_code == 404  # nothing refused was written


async def test_a_rename_keeps_the_code_and_answers_the_new_version(api: DirectoryApi) -> None:
    before = await api.client.get("/v1/schools/1042060105", headers=api.admin)
    version = before.headers["ETag"]
    body = {"name_th": "โรงเรียนบ้านโคกใหม่", "name_en": "Ban Khok Mai School"}
    r = await api.client.post(
        "/v1/schools/1042060105/rename",
        json=body,
        headers=api.admin | {"If-Match": '"99"'},
    )
    assert r.status_code == 409  # someone else's version
    r = await api.client.post(
        "/v1/schools/1042060105/rename", json=body, headers=api.admin | {"If-Match": version}
    )
    assert r.status_code == 200, r.text
    assert r.json()["name_th"] == "โรงเรียนบ้านโคกใหม่"
    assert r.headers["ETag"] == f'"{int(version.strip(chr(34))) + 1}"'
    await api.read("/v1/schools/1042060105", lambda v: v["name_en"] == "Ban Khok Mai School")


async def test_a_cluster_moves_to_another_esa_and_its_schools_follow(api: DirectoryApi) -> None:
    move = {"to_esa": "loei-2", "effective_from": "2026-11-01"}
    r = await api.post("/v1/clusters/loei-3-dansai/moves", move, api.admin)
    assert r.status_code == 200, r.text
    assert [p["esa"] for p in r.json()["placements"]] == ["loei-3", "loei-2"]
    schools = await api.read("/v1/esas/loei-2/schools?cluster=loei-3-dansai", lambda v: len(v) == 3)
    for school in schools:
        assert school["placements"][-1] == {
            "esa": "loei-2",
            "cluster": "loei-3-dansai",
            "from": "2026-11-01",
        }
    remaining = await api.read("/v1/esas/loei-3/schools", lambda v: len(v) == 14)
    assert {s["cluster"] for s in remaining} == {"loei-3-nahaeo"}
    again = await api.post("/v1/clusters/loei-3-dansai/moves", move, api.admin)
    assert again.status_code == 422 and again.json()["error"]["code"] == "already_there"
    abroad = await api.post("/v1/clusters/loei-3-dansai/moves", {"to_esa": "rayong-1"}, api.admin)
    assert abroad.status_code == 422 and abroad.json()["error"]["code"] == "move_across_provinces"


async def test_a_school_moves_to_another_cluster_of_its_province_only(api: DirectoryApi) -> None:
    move = {"to_cluster": "loei-1-mueang", "effective_from": "2027-01-04"}
    r = await api.post("/v1/schools/1042060114/moves", move, api.admin)
    assert r.status_code == 200, r.text
    assert (r.json()["esa"], r.json()["cluster"]) == ("loei-1", "loei-1-mueang")
    r = await api.post("/v1/schools/1042060114/moves", move, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "already_there"
    r = await api.post("/v1/schools/1042060113/moves", {"to_cluster": "rayong-1-mueang"}, api.admin)
    assert r.status_code == 422 and field_of(r) == "to_cluster"
    early = {"to_cluster": "loei-3-nahaeo", "effective_from": "2026-12-31"}
    r = await api.post("/v1/schools/1042060114/moves", early, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "effective_too_early"
    assert "2570" in r.json()["error"]["message"]  # the Thai message dates in B.E.
    r = await api.post("/v1/schools/9999999999/moves", move, api.admin)
    assert r.status_code == 404


async def test_closing_a_school_and_then_its_emptied_cluster(api: DirectoryApi) -> None:
    close = {"reason": "ยุบรวมกับโรงเรียนบ้านด่านซ้าย", "effective_from": "2027-03-31"}
    r = await api.post("/v1/clusters/loei-3-dansai/close", close, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "cluster_has_schools"
    for school in ("1042050101", "1042050102", "1042050103"):
        r = await api.post(f"/v1/schools/{school}/close", close, api.admin)
        assert r.status_code == 200 and r.json()["status"] == "closed", r.text
    await api.read("/v1/esas/loei-3/schools?cluster=loei-3-dansai", lambda v: v == [])
    keyed = api.admin | {"Idempotency-Key": "close-dansai"}
    r = await api.post("/v1/clusters/loei-3-dansai/close", close, keyed)
    assert r.status_code == 200 and r.json()["closed_on"] == "2027-03-31", r.text
    again = await api.post("/v1/clusters/loei-3-dansai/close", close, keyed)
    assert again.headers.get("Idempotent-Replayed") == "true" and again.json() == r.json()
    r = await api.post("/v1/schools/1042050101/rename", {"name_th": "x"}, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "school_closed"
    school = {"school": "1042050199", "name_th": "x", "cluster": "loei-3-dansai"}
    r = await api.post("/v1/esas/loei-3/schools", school, api.admin)
    assert r.status_code == 422 and r.json()["error"]["code"] == "cluster_closed"
    closed = await api.read(
        "/v1/esas/loei-3/schools?include_closed=true&cluster=loei-3-dansai",
        lambda v: len(v) == 3,
    )
    assert {s["status"] for s in closed} == {"closed"}
