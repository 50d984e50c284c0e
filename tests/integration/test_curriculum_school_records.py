"""A teacher's class assessment and a pilot school's records under the sandbox laws, end to end
on the real Kafka and FerretDB, and the read rules: a school reads its own records and none of
the ESA's figures; a cluster's supervisor reads the cluster's schools only."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.integration.curriculum_system import (
    LIVE_WITHIN_S,
    CurriculumSystem,
    call,
    practice,
    prepared_case,
    running,
)
from tests.support.harness import eventually
from tests.support.infra import Infra

YEAR = 2569
RECORDS = "/v1/esas/rayong-2/schools/1021090101/class-assessments"
SANDBOX = f"/v1/esas/rayong-2/schools/1021090101/sandbox-records/{YEAR}"


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[CurriculumSystem]:
    async with running(infra) as s:
        yield s


async def test_a_teacher_assesses_a_class_with_tools_products_and_results(
    system: CurriculumSystem,
) -> None:
    teacher = system.auth("school_staff", "1021090101")
    opening = {"academic_year": YEAR, "semester": 2, "subject": "local_studies", "grade": "p6"}
    record = await call(
        system.curriculum, "POST", RECORDS, teacher, opening | {"learners": 24}, 201
    )
    path = f"{RECORDS}/{record['record_id']}"
    for kind, competencies in (("rubric", ["communication"]), ("portfolio", ["self_management"])):
        tool = {"kind": kind, "title": f"เครื่องมือ {kind}", "competencies": competencies}
        await call(system.curriculum, "POST", path + "/tools", teacher, tool)
    product = {"kind": "project", "title": "โครงงานอาหารถิ่นระยอง", "learners": 24}
    product |= {"competencies": ["communication"], "assessed_with": [1, 3]}
    refused = await call(system.curriculum, "POST", path + "/products", teacher, product, 422)
    assert refused["error"]["details"] == {"tools": [3], "registered": [1, 2]}
    await call(
        system.curriculum, "POST", path + "/products", teacher, product | {"assessed_with": [1]}
    )
    levels = {"communication": {"developing": 4, "proficient": 15, "advanced": 5}}
    results = await call(
        system.curriculum, "PUT", path + "/results", teacher, {"levels": levels, "tools_used": [1]}
    )
    assert results["results"]["levels"]["communication"]["proficient"] == 15
    short = {"levels": {"communication": {"advanced": 5}}, "tools_used": [1]}
    refused = await call(system.curriculum, "PUT", path + "/results", teacher, short, 422)
    assert refused["error"]["code"] == "counts_do_not_add_up"
    assert (
        await system.curriculum.get(path, headers=system.auth("school", "1021080101"))
    ).status_code == 404
    esa = await practice(system, "esas/rayong-2", YEAR, lambda p: p["classes_with_results"] == 1)
    assert (esa["assessment_tools"], esa["learning_products"]) == (2, 1)
    second = await practice(
        system, "esas/rayong-2", YEAR, lambda p: p["class_assessments"] == 1, semester=2
    )
    assert second["learners_assessed_by_teachers"] == 24


async def test_a_pilot_school_keeps_its_records_under_the_sandbox_laws(
    system: CurriculumSystem,
) -> None:
    director, staff = system.auth("school", "1021090101"), system.auth("school_staff", "1021090101")
    donation = {"occurred_on": "2026-06-15", "donor": "บริษัท ระยองพัฒนา จำกัด", "kind": "cash"}
    donation |= {"value_baht": 50_000, "purpose": "ชุดการเรียนรู้วิทยาการคำนวณ"}
    entry = await call(system.curriculum, "POST", SANDBOX + "/donations", director, donation, 201)
    assert entry == {"school": "1021090101", "academic_year": YEAR, "entry_no": 1}
    r = await system.curriculum.post(SANDBOX + "/donations", json=donation, headers=staff)
    assert r.status_code == 403
    transfer = {"occurred_on": "2026-07-01", "direction": "in", "learners": 2, "grade": "p5"}
    transfer["other_school"] = "โรงเรียนวัดเขาสำเภาทอง"
    await call(system.curriculum, "POST", SANDBOX + "/credit-transfers", staff, transfer, 201)
    register = await call(system.curriculum, "GET", SANDBOX, system.auth("supervisor", "rayong-2"))
    assert register["totals"]["donations_baht"] == 50_000
    assert [e["basis"] for e in register["entries"]] == ["donations", "credit_transfer"]
    assert register["entries"][0]["basis_th"].startswith("ระเบียบคณะกรรมการนโยบายพื้นที่นวัตกรรม")
    not_pilot = "/v1/esas/rayong-2/schools/1021080103/sandbox-records/2569/donations"
    refused = await call(
        system.curriculum, "POST", not_pilot, system.auth("school", "1021080103"), donation, 422
    )
    assert refused["error"]["code"] == "not_a_sandbox_pilot_school"
    nation = await practice(system, "nation", YEAR, lambda p: p["credit_transfers_in"] == 2)
    assert nation["donations_baht"] == 50_000


async def test_a_school_reads_its_own_and_a_cluster_supervisor_the_clusters(
    system: CurriculumSystem,
) -> None:
    in_cluster = await prepared_case(system, "1021090101", "rayong-2", 2)
    elsewhere = await prepared_case(system, "1021080102", "rayong-2", 2)
    cluster = system.auth("supervisor", "rayong-2-wangchan")
    base = "/v1/esas/rayong-2/curriculum-cases"
    assert (await system.curriculum.get(f"{base}/{in_cluster}", headers=cluster)).status_code == 200
    assert (await system.curriculum.get(f"{base}/{elsewhere}", headers=cluster)).status_code == 404

    async def listed() -> set[str]:
        found = await call(system.curriculum, "GET", f"{base}?year={YEAR}", cluster)
        return {c["case_id"] for c in found}

    assert await eventually(listed, lambda ids: in_cluster in ids, LIVE_WITHIN_S) == {in_cluster}
    school = system.auth("school", "1021090101")
    for path in (
        "/v1/esas/rayong-2/curriculum/pipeline",
        "/v1/esas/rayong-2/curriculum/assessments?semester=1",
        "/v1/esas/rayong-2/curriculum/practice",
    ):
        r = await system.reporting.get(path, params={"year": YEAR}, headers=school)
        assert r.status_code == 403, path
    r = await system.curriculum.get("/v1/provinces/rayong/curriculum-meetings", headers=school)
    assert r.status_code == 403
    r = await system.curriculum.get(f"{base}/{in_cluster}/events", headers=school)
    assert r.status_code == 200
