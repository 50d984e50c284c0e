"""Competency-based practice in reporting: the figures of an ESA, its province and the nation
come from the same documents (coaches excepted: a coach of two ESAs counts in each and once in
the province), and the curriculum section carries them with Thai tables."""

from __future__ import annotations

from typing import Any

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.eventstore.memory import InMemoryEventStore
from kit.readmodel.projector import fold
from services.curriculum.application import classroom as class_records
from services.curriculum.application import coaching, forums, lesson_plans, sandbox_records
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands import classroom as cc
from services.curriculum.domain.commands import teaching as tc
from services.curriculum.domain.events import registry
from services.reporting.application import curriculum as section
from services.reporting.application import curriculum_practice as practice
from services.reporting.application.querying import MemoryStore
from services.reporting.projections.catalogue import projections
from tests.unit.curriculum.practice import (
    DIRECTOR,
    KNOWN,
    NOW,
    PILOT,
    PILOT_2,
    SUPERVISOR,
    TEACHER,
    coach,
)
from tests.unit.curriculum.test_sandbox_records import DONATION, TRANSFER

META = CommandMeta(actor_id="tester", actor_role="tester", name="test")
FORUM = tc.RecordExchangeForum.model_validate(
    {"title": "เวที", "held_on": "2026-06-30", "format": "onsite", "topics": ["รูบริก"]}
)


async def history() -> MemoryStore:
    """rayong-2 (PILOT) and rayong-1 (PILOT_2) share one coach; rayong-2 has a plan with
    feedback, a forum, a class record with results and sandbox records."""
    clock = FixedClock(NOW)
    store = InMemoryEventStore(clock)
    runner = CommandRunner(store, registry, "curriculum", clock)
    order = coaching.AppointCoachingTeam.model_validate(
        {"academic_year": 2569, "order_no": "12/2569", "appointed_on": "2026-06-01", "title": "ทีม"}
    )
    await coaching.appoint_team(runner, META, "rayong", order, SUPERVISOR)
    await coaching.appoint_coach(runner, META, "rayong", 2569, coach(person="somying.coach"))
    both = coaching.AssignCoachSchools(schools=[PILOT.school, PILOT_2.school])
    await coaching.assign_schools(runner, META, "rayong", 2569, 1, both, KNOWN)
    await _plan_with_feedback(runner)
    recorded = await forums.record(runner, META, "rayong-2", FORUM, SUPERVISOR)
    who = tc.RecordForumParticipants.model_validate(
        {"schools": [{"school": PILOT.school, "teachers": 5}], "others": 3}
    )
    await forums.record_participants(
        runner, META, "rayong-2", recorded.answer["forum_id"], who, KNOWN
    )
    await _class_with_results(runner)
    await sandbox_records.record_entry(runner, META, PILOT, 2569, DONATION, DIRECTOR)
    await sandbox_records.record_entry(runner, META, PILOT, 2569, TRANSFER, TEACHER)
    events = sorted(store.all_events(), key=lambda e: (e.subject, e.streamversion))
    models = {p.name: fold(p, events) for p in projections() if p.name.startswith("curriculum")}
    return MemoryStore({**models, "reporting_organisation": _organisation()})


async def _plan_with_feedback(runner: CommandRunner) -> None:
    start = tc.StartLessonPlan.model_validate(
        {"academic_year": 2569, "subject": "science", "grade": "p4", "title": "ป่าชายเลน"}
        | {"competencies": ["higher_order_thinking"]}
    )
    started = await lesson_plans.start(runner, META, PILOT, start, TEACHER)
    plan_id = started.answer["plan_id"]
    doc = tc.AddLessonPlanVersion(reference="drive://plan", content_hash="sha256:" + "a" * 64)
    await lesson_plans.add_version(runner, META, "rayong-2", plan_id, doc, TEACHER)
    ready = tc.GiveLessonPlanFeedback.model_validate({"document_version": 1, "verdict": "ready"})
    the_coach = Actor("somying.coach", "ดร.สมหญิง ใจงาม", "supervisor", NOW)
    await lesson_plans.give_feedback(runner, META, "rayong-2", plan_id, ready, the_coach)


async def _class_with_results(runner: CommandRunner) -> None:
    opening = cc.OpenClassAssessment.model_validate(
        {"academic_year": 2569, "semester": 1, "subject": "science", "grade": "p4", "learners": 30}
    )
    made = await class_records.open_record(runner, META, PILOT, opening, TEACHER)
    record = made.answer["record_id"]
    for kind, competencies in (("rubric", ["communication"]), ("observation", ["teamwork"])):
        tool = cc.RegisterAssessmentTool.model_validate(
            {"kind": kind, "title": kind, "competencies": competencies}
        )
        await class_records.change(runner, META, "rayong-2", record, tool, TEACHER)
    results = cc.RecordClassResults.model_validate(
        {"levels": {"teamwork": {"proficient": 25, "advanced": 5}}, "tools_used": [2]}
    )
    await class_records.change(runner, META, "rayong-2", record, results, TEACHER)


def _organisation() -> dict[str, dict[str, Any]]:
    docs = {f"province:{p}": {"kind": "province", "province": p} for p in ("loei", "rayong")}
    for esa in ("loei-3", "rayong-1", "rayong-2"):
        docs[f"esa:{esa}"] = {"kind": "esa", "esa": esa, "province": esa.split("-")[0]}
    return docs


async def test_an_esa_sees_its_share_of_the_team_and_its_own_practice() -> None:
    store = await history()
    esa = await practice.practice(store, "esa", "rayong-2", 2569)
    assert (esa["coaching_teams"], esa["coaches"], esa["schools_coached"]) == (1, 1, 1)
    assert (esa["lesson_plans"], esa["lesson_plans_coached"], esa["lesson_plans_ready"]) == (
        1,
        1,
        1,
    )
    assert (esa["exchange_forums"], esa["forum_participants"], esa["forum_schools"]) == (1, 8, 1)
    assert (esa["class_assessments"], esa["assessment_tools"], esa["classes_with_results"]) == (
        1,
        2,
        1,
    )
    teamwork = next(r for r in esa["teacher_competencies"] if r["competency"] == "teamwork")
    assert (teamwork["proficient"], teamwork["assessed"]) == (25, 30)
    assert (esa["donations_baht"], esa["credit_transfers_in"]) == (50_000, 2)


async def test_a_province_counts_a_coach_of_two_esas_once_and_sums_the_rest() -> None:
    store = await history()
    province = await practice.practice(store, "province", "rayong", 2569)
    assert (province["coaches"], province["schools_coached"]) == (1, 2)
    by_esa = {r["esa"]: r for r in province["esas"]}
    assert [by_esa[e]["coaches"] for e in ("rayong-1", "rayong-2")] == [1, 1]
    assert sum(r["lesson_plans"] for r in province["esas"]) == province["lesson_plans"] == 1
    nation = await practice.practice(store, "nation", "th", 2569)
    assert {r["province"]: r["coaches"] for r in nation["provinces"]} == {"loei": 0, "rayong": 1}
    assert nation["exchange_forums"] == 1


async def test_the_section_carries_the_practice_figures_and_thai_tables() -> None:
    store = await history()
    esa = await section.section(store, "esa", "rayong-2", 2569, None)
    assert esa["figures"]["lesson_plans"] == 1 and esa["figures"]["donations_baht"] == 50_000
    assert esa["labels_th"]["exchange_forums"] == "เวทีแลกเปลี่ยนเรียนรู้"
    titles = [t["title_th"] for t in esa["tables"]]
    assert "แผนการจัดการเรียนรู้ฐานสมรรถนะจำแนกตามกลุ่มสาระการเรียนรู้" in titles
    laws = next(t for t in esa["tables"] if t["title_th"].startswith("การดำเนินการตามกฎหมาย"))
    assert laws["rows"][0] == {"รายการ": "เงินและทรัพย์สินที่มีผู้บริจาค (บาท)", "จำนวน": 50_000}
    province = await section.section(store, "province", "rayong", 2569, 1)
    breakdown = next(t for t in province["tables"] if t["title_th"].startswith("การจัดการเรียนรู้"))
    assert [r["เขตพื้นที่"] for r in breakdown["rows"]] == ["rayong-1", "rayong-2"]
    assert [r["โค้ช"] for r in breakdown["rows"]] == [1, 1]
