"""Needs reports at ESA, province and nation level, from events made by the real handlers.

Loei ESA 3 runs a year of needs work through the application (tests.unit.needs.year); a few
events of Loei ESA 1 are added so that a province has more than one ESA to add up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kit.events import CloudEvent
from kit.readmodel.projector import fold
from services.needs.domain import events as ev
from services.reporting.application import needs as rates
from services.reporting.application.needs_missing import non_respondents
from services.reporting.application.needs_production import production
from services.reporting.application.needs_ranking import needs_ranking
from services.reporting.application.needs_service import service
from services.reporting.projections.catalogue import projections
from tests.support.events import event
from tests.unit.needs.memory import MemoryViews, interleaved
from tests.unit.needs.year import A, C, run_year

NEEDS_MODELS = (
    "needs_response_rates",
    "needs_esa_summary",
    "needs_ranking",
    "needs_production",
    "needs_service",
)
LOEI_1 = "1042000101"


def organisation() -> list[dict[str, Any]]:
    esas = [("loei", "loei-1"), ("loei", "loei-2"), ("loei", "loei-3"), ("rayong", "rayong-1")]
    return [
        {"_id": f"province:{p}", "kind": "province", "province": p} for p in ("loei", "rayong")
    ] + [{"_id": f"esa:{e}", "kind": "esa", "province": p, "esa": e} for p, e in esas]


def loei_1_events() -> list[CloudEvent]:
    facts = {"esa": "loei-1", "province": "loei", "academic_year": 2569}
    target = ev.TargetSchool(school=LOEI_1, cluster="loei-1-mueang", name_th="โรงเรียนบ้านนาอ้อ")
    opened = ev.CampaignOpened(
        campaign_id="l1",
        title="สำรวจ",
        opens_on=date(2026, 6, 1),
        closes_on=date(2026, 6, 30),
        target_kind="all",
        target_schools=[target, target.model_copy(update={"school": "1042000102"})],
        template_id="t9",
        template_version=1,
        **facts,
    )
    need = ev.NeedExpressed(
        category="media", subject="mathematics", item="math_media", label_th="สื่อคณิต"
    )
    submitted = ev.SurveyResponseSubmitted(
        campaign_id="l1",
        school=LOEI_1,
        cluster="loei-1-mueang",
        revision=1,
        template_id="t9",
        template_version=1,
        answers={"math_media": 5},
        needs=[need],
        **facts,
    )
    school = {"school": LOEI_1, "cluster": "loei-1-mueang", "semester": 2, **facts}
    evaluated = ev.ProductionEvaluated(
        production_id="p9",
        kind="innovation",
        subject="science",
        evaluation=1,
        standard="s",
        scores=[],
        mean=3.0,
        quality_level="good",
        evaluated_on=date(2026, 12, 1),
        **school,
    )
    registered = ev.ProductionRegistered(
        production_id="p9",
        title="นวัตกรรม",
        kind="innovation",
        subject="science",
        grade_levels=["p6"],
        authors=[],
        evidence=[],
        registered_on=date(2026, 12, 1),
        **school,
    )
    asked = ev.ServiceRequested(
        request_id="s9",
        kind="advice",
        details="ขอคำแนะนำ",
        requested_on=date(2026, 12, 1),
        due_on=date(2026, 12, 31),
        **school,
    )
    steps = [
        ("campaign-l1", [opened]),
        (f"response-l1-{LOEI_1}", [submitted]),
        ("production-p9", [registered, evaluated]),
        ("service-s9", [asked]),
    ]
    return [
        event(stream, n, e.type, "loei-1", "loei", e.model_dump(mode="json"))
        for stream, made in steps
        for n, e in enumerate(made, start=1)
    ]


@pytest.fixture(scope="module")
async def events() -> list[CloudEvent]:
    year = await run_year()
    return [*await year.events(), *loei_1_events()]


@pytest.fixture(scope="module")
def store(events: list[CloudEvent]) -> MemoryViews:
    views = MemoryViews()
    views.put("reporting_organisation", organisation())
    for projection in projections():
        if projection.name in NEEDS_MODELS:
            views.fold(projection, events)
    return views


async def test_the_esa_response_rate_lists_the_schools_missing_by_name(store: MemoryViews) -> None:
    esa = await rates.needs_esa(store, "loei-3", 2569)
    assert (esa["targets"], esa["responded"], esa["returned"], esa["missing"]) == (3, 2, 0, 1)
    [campaign] = esa["campaigns"]
    assert campaign["missing"] == [
        {
            "school": C,
            "name_th": "โรงเรียนชุมชนบ้านนาพึง",
            "cluster": "loei-3-nahaeo",
            "status": "not_answered",
            "status_th": "ยังไม่ตอบ",
        }
    ]
    assert campaign["versions"] == [{"template_version": 2, "responses": 2}]
    assert campaign["by_cluster"][0]["rate"] == round(2 / 3, 4)


async def test_the_province_is_the_sum_of_its_esas_in_every_view(store: MemoryViews) -> None:
    province = await rates.needs_province(store, "loei", 2569)
    assert [e["esa"] for e in province["esas"]] == ["loei-1", "loei-2", "loei-3"]
    for field in ("targets", "responded", "missing", "campaigns"):
        assert province[field] == sum(e[field] for e in province["esas"])
    made = await production(store, "province", "loei", 2569)
    assert made["registered"] == 3 == sum(e["registered"] for e in made["esas"])
    served = await service(store, "province", "loei", 2569, on=date(2026, 7, 10))
    for field in (
        "requests",
        "open",
        "overdue",
        "fulfilled",
        "declined",
        "ratings",
        "satisfaction_sum",
    ):
        assert served[field] == sum(e[field] for e in served["esas"])
    nation = await service(store, "nation", "th", 2569, on=date(2026, 7, 10))
    assert [p["province"] for p in nation["provinces"]] == ["loei", "rayong"]
    assert nation["requests"] == served["requests"] == 4


async def test_needs_rank_by_category_and_learning_area(store: MemoryViews) -> None:
    esa = await needs_ranking(store, "esa", "loei-3", 2569)
    first = esa["ranking"][0]
    assert (first["rank"], first["responses"]) == (1, 2)
    maths = next(r for r in esa["ranking"] if r["subject"] == "mathematics")
    assert maths["category_th"] == "สื่อการเรียนรู้" and maths["subject_th"] == "คณิตศาสตร์"
    province = await needs_ranking(
        store, "province", "loei", 2569, category="media", subject="mathematics"
    )
    [row] = province["ranking"]
    assert row["responses"] == 3  # two Loei ESA 3 schools and one of Loei ESA 1
    assert [e["responses"] for e in province["esas"]] == [1, 0, 2]


async def test_production_counts_by_quality_level_and_semester(store: MemoryViews) -> None:
    esa = await production(store, "esa", "loei-3", 2569)
    levels = {row["level"]: row["count"] for row in esa["by_level"]}
    assert (esa["registered"], esa["evaluated"], levels["excellent"]) == (2, 1, 1)
    second_term = await production(store, "province", "loei", 2569, semester=2)
    assert second_term["registered"] == 1 and second_term["by_level"][1]["count"] == 1


async def test_service_requests_open_overdue_fulfilled_and_mean_satisfaction(
    store: MemoryViews,
) -> None:
    on_time = await service(store, "esa", "loei-3", 2569, on=date(2026, 6, 5))
    assert (on_time["requests"], on_time["open"], on_time["overdue"]) == (3, 1, 0)
    assert (on_time["fulfilled"], on_time["declined"], on_time["satisfaction_mean"]) == (1, 1, 4.0)
    assert on_time["improvements"] == 1 and on_time["mean_days_to_fulfil"] == 0
    late = await service(store, "esa", "loei-3", 2569, on=date(2026, 7, 10))
    assert late["overdue"] == 1  # the media request was due 30 days after it was made


async def test_the_section_gives_headline_figures_and_thai_tables(store: MemoryViews) -> None:
    section = await rates.section(store, "province", "loei", 2569, None)
    assert section["title_th"].startswith("งานส่งเสริมและพัฒนาสื่อ")
    assert (section["targets"], section["responded"], section["productions"]) == (5, 3, 3)
    assert section["response_rows"][2]["เขตพื้นที่การศึกษา"] == "loei-3"
    assert section["need_rows"][0]["ลำดับ"] == 1
    assert all(
        isinstance(section[k], int | float) for k in ("campaigns", "rate", "service_requests")
    )
    esa = await rates.section(store, "esa", "loei-3", 2569, None)
    assert esa["missing_rows"][0]["รหัสโรงเรียน"] == C
    nation = await rates.section(store, "nation", "th", 2569, 1)
    assert nation["productions"] == 2 and nation["campaigns"] == 2


async def test_reporting_documents_do_not_depend_on_the_order_of_streams(
    events: list[CloudEvent],
) -> None:
    for projection in projections():
        if projection.name not in NEEDS_MODELS:
            continue
        expected = fold(projection, events).docs
        for seed in range(5):
            mixed = interleaved(events, seed)
            assert fold(projection, mixed + mixed[:7]).docs == expected, projection.name


async def test_a_school_that_answered_is_no_longer_missing_after_its_correction(
    store: MemoryViews,
) -> None:
    missing = await non_respondents(store, "esa", "loei-3", 2569)
    assert [s["school"] for c in missing["campaigns"] for s in c["schools"]] == [C]
    assert A not in str(missing)
