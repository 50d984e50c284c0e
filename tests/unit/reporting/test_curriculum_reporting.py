"""Curriculum read models and queries: folded from a known history, asked at known moments."""

from __future__ import annotations

from datetime import timedelta

from kit.readmodel.projector import fold
from services.curriculum.domain.reference import Committee
from services.reporting.application import curriculum as queries
from services.reporting.projections.curriculum_assessments import CurriculumAssessments
from services.reporting.projections.curriculum_pipeline import CurriculumPipeline
from tests.unit.reporting.curriculum_history import History, store_of

SUB, DRIVING, POLICY = (
    Committee.ACADEMIC_SUBCOMMITTEE,
    Committee.DRIVING_COMMITTEE,
    Committee.POLICY_COMMITTEE,
)


async def rayong_history() -> History:
    """Type 2 approved after a send-back; type 3 forwarded; type 2 in screening; a rayong-1 case."""
    h = History()
    a = await h.submitted("1021080101", 2)
    b = await h.submitted("1021080102", 3)
    await h.submitted("1021070101", 2)
    h.later(days=10)
    await h.decide(a, SUB, "send_back")
    await h.decide(b, SUB, "pass")
    h.later(days=5)
    await h.decide(b, DRIVING, "forward")
    await h.resubmitted(a)
    h.later(days=2)
    await h.decide(a, SUB, "pass")
    await h.decide(a, DRIVING, "approve")
    await h.assessed("1021080101", 1, 40, 10)
    await h.assessed("1021080101", 1, 42, 12)  # a correction replaces the first report
    await h.assessed("1021070101", 1, 30, 5)
    return h


async def test_the_pipeline_counts_cases_by_stage_and_type() -> None:
    h = await rayong_history()
    store = store_of(h.events(), CurriculumPipeline())
    view = await queries.pipeline_province(store, "rayong", 2569, now=h.clock.now())
    stages = {r["stage"]: (r["type_2"], r["type_3"]) for r in view["pipeline"]}
    assert stages["approved"] == (1, 0)
    assert stages["national_review"] == (0, 1)
    assert stages["screening"] == (1, 0)
    assert (view["cases"], view["in_progress"], view["approved"]) == (3, 2, 1)


async def test_time_in_each_stage_comes_from_the_events_own_times() -> None:
    h = await rayong_history()
    store = store_of(h.events(), CurriculumPipeline())
    view = await queries.pipeline_esa(store, "rayong-2", 2569, now=h.clock.now())
    times = {r["stage"]: r for r in view["stage_times"]}
    # a: screening 10 days, returned 5 days, screening again 2 days; b: screening 10 days
    assert times["screening"]["cases"] == 2
    assert times["screening"]["days_total"] == 22.0
    assert times["returned"]["days_total"] == 5.0
    # a: 2 days at the province is not counted (approved at once); b waits there 5 days, then 2
    assert times["provincial_review"]["days_total"] == 5.0
    assert times["national_review"]["days_total"] == 2.0


async def test_a_case_waiting_past_its_stage_limit_is_overdue() -> None:
    h = await rayong_history()
    store = store_of(h.events(), CurriculumPipeline())
    soon = await queries.pipeline_province(store, "rayong", 2569, now=h.clock.now())
    assert soon["overdue"] == 0
    later = h.clock.now() + timedelta(days=29)  # rayong-1's case: 46 days in screening
    view = await queries.pipeline_province(store, "rayong", 2569, now=later)
    assert [r["case_id"] for r in view["overdue_cases"]] == ["1021070101-2569"]
    assert view["overdue_cases"][0]["limit_days"] == 30
    assert {e["esa"]: e["overdue"] for e in view["esas"]} == {"rayong-1": 1, "rayong-2": 0}


async def test_decisions_are_counted_per_committee_and_outcome() -> None:
    h = await rayong_history()
    store = store_of(h.events(), CurriculumPipeline())
    view = await queries.pipeline_nation(store, 2569, now=h.clock.now())
    rows = {r["committee"]: r for r in view["decisions"]}
    assert (
        rows["academic_subcommittee"]["passed"],
        rows["academic_subcommittee"]["sent_back"],
    ) == (2, 1)
    assert (rows["driving_committee"]["forwarded"], rows["driving_committee"]["approved"]) == (1, 1)
    assert rows["policy_committee"]["total"] == 0


async def test_a_province_is_the_sum_of_its_esas_and_the_nation_of_its_provinces() -> None:
    h = await rayong_history()
    store = store_of(h.events(), CurriculumPipeline())
    at = h.clock.now()
    province = await queries.pipeline_province(store, "rayong", 2569, now=at)
    for key in ("cases", "in_progress", "approved", "type_2", "type_3"):
        assert province[key] == sum(e[key] for e in province["esas"])
    for esa in province["esas"]:
        alone = await queries.pipeline_esa(store, esa["esa"], 2569, now=at)
        assert (alone["cases"], alone["approved"]) == (esa["cases"], esa["approved"])
    nation = await queries.pipeline_nation(store, 2569, now=at)
    by_province = {p["province"]: p["cases"] for p in nation["provinces"]}
    assert by_province == {"loei": 0, "rayong": 3} and nation["cases"] == 3


async def test_assessments_sum_each_schools_latest_report() -> None:
    h = await rayong_history()
    store = store_of(h.events(), CurriculumAssessments())
    view = await queries.assessments_province(store, "rayong", 2569, 1)
    communication = next(c for c in view["competencies"] if c["competency"] == "communication")
    assert (communication["advanced"], communication["proficient"]) == (12 + 5, 30 + 25)
    assert (view["schools_reported"], view["learners"]) == (2, 72)
    assert {e["esa"]: e["learners"] for e in view["esas"]} == {"rayong-1": 30, "rayong-2": 42}
    nothing = await queries.assessments_esa(store, "rayong-2", 2569, 2)
    assert nothing["schools_reported"] == 0


async def test_events_delivered_twice_change_nothing() -> None:
    h = await rayong_history()
    events = h.events()
    once = fold(CurriculumPipeline(), events)
    twice = fold(CurriculumPipeline(), events, fold(CurriculumPipeline(), events))
    assert once.docs == twice.docs


async def test_the_section_gives_headline_figures_and_thai_tables_at_each_level() -> None:
    h = await rayong_history()
    store = store_of(h.events(), CurriculumPipeline(), CurriculumAssessments())
    at = h.clock.now()
    esa = await queries.section(store, "esa", "rayong-2", 2569, 1, now=at)
    assert esa["title_th"] == "หลักสูตรสถานศึกษาฐานสมรรถนะ"
    assert esa["figures"]["cases"] == 2 and esa["figures"]["approved"] == 1
    titles = [t["title_th"] for t in esa["tables"]]
    assert "มติของคณะกรรมการ" in titles and "ผลการประเมินสมรรถนะผู้เรียน ภาคเรียนที่ 1" in titles
    stage_rows = esa["tables"][0]["rows"]
    assert {"ขั้นตอน", "ประเภทที่ 2", "ประเภทที่ 3", "รวม"} == set(stage_rows[0])
    province = await queries.section(store, "province", "rayong", 2569, None, now=at)
    by_esa = next(t for t in province["tables"] if t["title_th"] == "จำแนกตามเขตพื้นที่")
    assert sum(r["จำนวนคำขอ"] for r in by_esa["rows"]) == province["figures"]["cases"] == 3
    nation = await queries.section(store, "nation", "th", 2569, None, now=at + timedelta(days=40))
    overdue = next(t for t in nation["tables"] if t["title_th"] == "คำขอที่เกินกำหนดเวลา")
    assert overdue["rows"] and overdue["rows"][0]["ตั้งแต่วันที่"].endswith("2569")
