"""Reporting's figures of the manuals' later steps, at ESA, province and nation: a province is
the sum of its ESAs; a province adds its own SAR cycle, the nation its provinces per step."""

from __future__ import annotations

from typing import Any

import pytest

from kit.readmodel.projector import fold
from services.reporting.application.partnership_reports import partnership_reports
from services.reporting.application.province_sar import province_sar
from services.reporting.application.quality_drive import quality_drive
from services.reporting.application.querying import MemoryStore
from services.reporting.application.supervision_section import section
from services.reporting.application.teacher_honours import teacher_honours
from services.reporting.projections.organisation import MODEL as ORGANISATION
from services.reporting.projections.supervision_partnership_reports import (
    SupervisionPartnershipReports,
)
from services.reporting.projections.supervision_province_sar import SupervisionProvinceSar
from services.reporting.projections.supervision_quality_drive import SupervisionQualityDrive
from services.reporting.projections.supervision_teacher_honours import SupervisionTeacherHonours
from tests.unit.supervision.steps_year import steps_events

PROJECTIONS = (
    SupervisionQualityDrive(),
    SupervisionTeacherHonours(),
    SupervisionPartnershipReports(),
    SupervisionProvinceSar(),
)


def organisation() -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for province, esas in (("loei", (1, 2, 3)), ("rayong", (1, 2))):
        docs[f"province:{province}"] = {"kind": "province", "province": province}
        for n in esas:
            esa = f"{province}-{n}"
            docs[f"esa:{esa}"] = {"kind": "esa", "esa": esa, "province": province}
    return docs


@pytest.fixture(scope="module")
async def store() -> MemoryStore:
    events = await steps_events()
    models: dict[str, Any] = {p.name: fold(p, events) for p in PROJECTIONS}
    return MemoryStore(models | {ORGANISATION: organisation()})


async def test_the_province_sar_cycle_sums_its_esas_and_adds_its_own_steps(
    store: MemoryStore,
) -> None:
    rayong = await province_sar(store, "province", "rayong", 2569)
    assert (rayong["synthesis_included"], rayong["synthesis_approved"]) == (2, 2)
    assert rayong["committee_schools"] == 3 and rayong["step"] == "reported"
    assert rayong["reported_on"] == "2027-06-01" and rayong["guidelines_version"] == 1
    assert [(e["esa"], e["committee_schools"]) for e in rayong["esas"]] == [
        ("rayong-1", 1),
        ("rayong-2", 2),
    ]
    esa = await province_sar(store, "esa", "rayong-2", 2569)
    assert (esa["synthesis_approved"], esa["committee_schools"]) == (1, 2)
    nation = await province_sar(store, "nation", "th", 2569)
    steps = {s["step"]: s["provinces"] for s in nation["provinces_by_step"]}
    assert steps["reported"] == 1 and nation["synthesis_included"] == 2


async def test_the_4q_drive_counts_reports_in_their_semester_and_the_rest_in_the_year(
    store: MemoryStore,
) -> None:
    year = await quality_drive(store, "esa", "loei-3", 2569)
    assert (year["teams"], year["baselines"], year["committees"]) == (1, 2, 1)
    assert (year["progress_reports"], year["schools_needing_help"]) == (2, 1)
    assert (year["exchanges"], year["schools_presenting"], year["carried_forward"]) == (1, 1, 1)
    first = await quality_drive(store, "esa", "loei-3", 2569, 1)
    assert (first["progress_reports"], first["exchanges"]) == (1, 0)
    loei = await quality_drive(store, "province", "loei", 2569)
    assert loei["baselines"] == sum(e["baselines"] for e in loei["esas"]) == 2


async def test_teachers_honoured_are_counted_per_honouring_body(store: MemoryStore) -> None:
    nation = await teacher_honours(store, "nation", "th", 2569)
    assert (nation["honours"], nation["by_esa_director"], nation["by_driving_committee"]) == (
        2,
        1,
        1,
    )
    esa = await teacher_honours(store, "esa", "loei-3", 2569)
    assert esa["honoured"][0]["teacher"] == "นางสมศรี" and esa["teachers"] == 1


async def test_an_esa_that_reported_its_partnerships_counts_once(store: MemoryStore) -> None:
    loei = await partnership_reports(store, "province", "loei", 2569)
    assert (loei["reported"], loei["cooperations_summarised"]) == (1, 1)
    assert [e["reported"] for e in loei["esas"]] == [0, 0, 1]


async def test_the_supervision_section_carries_the_steps_headline_figures(
    store: MemoryStore,
) -> None:
    rayong = await section(store, "province", "rayong", 2569, None)
    figures = rayong["figures"]
    assert figures["province_sar.synthesis_approved"] == 2
    assert figures["teacher_honours.teachers"] == 1
    labels = {row["หัวข้อ"]: row["จำนวน"] for row in rayong["rows"]}
    assert labels["ผลการสังเคราะห์ SAR ที่จังหวัดให้ความเห็นชอบ"] == 2
    loei = await section(store, "esa", "loei-3", 2569, None)
    assert loei["figures"]["quality_drive.schools_needing_help"] == 1
