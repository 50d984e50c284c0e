"""Step 3 (ส่งต้นแบบของหน่วยงาน) through the API on the real Kafka and FerretDB: a supervisor
sends model media to a cluster's schools, schools acknowledge them, the refusals change
nothing, and reporting shows the ESA's and the province's figures."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.integration.needs_flow import (
    NA_HAEO,
    error_code,
    system_on_a_fixed_day,
)
from tests.integration.system import System
from tests.support.harness import eventually
from tests.support.infra import Infra
from tests.support.needs_bodies import model_media_body

pytestmark = pytest.mark.infra
PATIENCE = 60  # seconds a view may take on a busy machine
ESA = "/v1/esas/loei-3"
A, B = NA_HAEO[0], NA_HAEO[1]
DAN_SAI = "1042050101"


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[System]:
    async with system_on_a_fixed_day(infra) as (s, _clock):
        yield s


async def send(system: System, body: dict[str, Any], headers: dict[str, str]) -> Any:
    return await system.needs.post(f"{ESA}/model-media", json=body, headers=headers)


async def test_model_media_go_to_a_cluster_and_each_school_acknowledges_once(
    system: System,
) -> None:
    sup = system.auth("supervisor", "loei-3")
    r = await send(system, model_media_body(), sup)
    assert r.status_code == 201, r.text
    answer = r.json()
    assert (answer["target_schools"], answer["academic_year"], answer["semester"]) == (14, 2569, 1)
    assert r.headers["Location"] == f"{ESA}/model-media/{answer['dispatch_id']}"
    assert "version" not in answer and r.headers["ETag"] == '"1"'
    dispatch = f"{ESA}/model-media/{answer['dispatch_id']}"
    school = system.auth("school", A)
    r = await system.needs.post(
        f"{dispatch}/receipts/{A}", json={"note": "ได้รับครบ"}, headers=school
    )
    assert r.status_code == 201 and r.json()["received_on"] == "2026-06-01", r.text
    again = await system.needs.post(f"{dispatch}/receipts/{A}", json={}, headers=school)
    assert again.status_code == 422 and error_code(again) == "already_received"
    assert again.json()["error"]["details"]["received_on"] == "2026-06-01"

    async def as_school() -> list[dict[str, Any]]:
        return (await system.needs.get(f"{ESA}/model-media", headers=school)).json()  # type: ignore[no-any-return]

    [mine] = await eventually(
        as_school, lambda rows: rows and rows[0].get("my_receipt"), timeout_s=PATIENCE
    )
    assert mine["targets"] is None and mine["receipts"] is None  # not the other schools'
    whole = (await system.needs.get(dispatch, headers=sup)).json()
    assert len(whole["targets"]) == 14 and list(whole["receipts"]) == [A]


async def test_refusals_name_what_is_wrong_and_change_nothing(system: System) -> None:
    sup = system.auth("supervisor", "loei-3")
    assert (await send(system, model_media_body(), system.auth("school", A))).status_code == 403
    assert (
        await send(system, model_media_body(), system.auth("supervisor", "loei-1"))
    ).status_code == 404
    r = await send(
        system, model_media_body(target={"kind": "cluster", "cluster": "loei-1-mueang"}), sup
    )
    assert r.status_code == 422 and error_code(r) == "unknown_cluster"
    r = await send(system, model_media_body(sent_on="2026-06-02"), sup)
    assert r.status_code == 422 and r.json()["error"]["details"]["field"] == "sent_on"
    r = await send(system, model_media_body(channel="pigeon"), sup)
    [problem] = r.json()["error"]["details"]
    assert r.status_code == 422 and (problem["field"], problem["label"]) == (
        "channel",
        "ช่องทางการส่ง",
    )
    dispatch = (
        await send(system, model_media_body(target={"kind": "list", "schools": [A]}), sup)
    ).json()
    path = f"{ESA}/model-media/{dispatch['dispatch_id']}"
    r = await system.needs.post(f"{path}/receipts/{B}", json={}, headers=system.auth("school", B))
    assert r.status_code == 422 and error_code(r) == "not_a_target_school"
    assert (
        await system.needs.post(f"{path}/receipts/{A}", json={}, headers=system.auth("school", B))
    ).status_code == 404
    assert (
        await system.needs.post(f"{path}/receipts/{A}", json={}, headers=sup)
    ).status_code == 403
    unknown = f"{ESA}/model-media/01a200cd-0000-7000-8000-00000000beef"
    assert (await system.needs.get(unknown, headers=sup)).status_code == 404
    assert (
        await system.needs.post(
            f"{unknown}/receipts/{A}", json={}, headers=system.auth("school", A)
        )
    ).status_code == 404

    async def schools_b_sees() -> list[dict[str, Any]]:
        return (
            await system.needs.get(f"{ESA}/model-media", headers=system.auth("school", B))
        ).json()  # type: ignore[no-any-return]

    assert all(d["dispatch_id"] != dispatch["dispatch_id"] for d in await schools_b_sees())
    assert (await system.needs.get(path, headers=system.auth("school", DAN_SAI))).status_code == 404


async def test_reporting_counts_dispatches_schools_and_receipts_per_esa_and_province(
    system: System,
) -> None:
    officer = system.auth("provincial_officer", "loei")

    async def view(path: str) -> dict[str, Any]:
        r = await system.reporting.get(path, params={"year": 2569}, headers=officer)
        return r.json() if r.status_code == 200 else {}  # type: ignore[no-any-return]

    loei = await eventually(
        lambda: view("/v1/provinces/loei/needs/model-media"),
        lambda v: v.get("dispatches") == 2 and v.get("received") == 1,
        timeout_s=PATIENCE,
    )
    loei3 = next(e for e in loei["esas"] if e["esa"] == "loei-3")
    assert (loei3["schools_sent"], loei3["schools_reached"], loei3["media_items"]) == (15, 14, 4)
    esa = await view("/v1/esas/loei-3/needs/model-media")
    assert esa["receipt_rate"] == round(1 / 15, 4) and esa["by_channel"][0]["dispatches"] == 2
    school = system.auth("school", A)
    r = await system.reporting.get(
        "/v1/esas/loei-3/needs/model-media", params={"year": 2569}, headers=school
    )
    assert r.status_code == 403
    rayong = system.auth("provincial_officer", "rayong")
    r = await system.reporting.get(
        "/v1/provinces/loei/needs/model-media", params={"year": 2569}, headers=rayong
    )
    assert r.status_code == 404
    unified = await system.reporting.get(
        "/v1/views/esas/loei-3", params={"year": 2569}, headers=officer
    )
    assert unified.json()["sections"]["needs"]["model_media_sent"] == 2
