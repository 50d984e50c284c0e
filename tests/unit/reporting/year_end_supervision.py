"""A year of supervision in Loei ESA 3 and ESA 1, through the supervision service's own
handlers on an in-memory event store: visits on site, online and in a PLC, classroom
observations, an action item done and one overdue, 4Q agreements, evaluations and an honour,
SARs accepted, returned and waiting, the ESA's synthesis, and the records reporting does not
read yet (training, a partner, a dissemination)."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner, StreamTarget
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from services.directory.reference import SCHOOL_BY_CODE
from services.supervision.application import quality, records, visits
from services.supervision.domain import followups
from services.supervision.domain import records as record_rules
from services.supervision.domain.events import registry
from services.supervision.domain.events.records import SarSynthesisRecorded

META = CommandMeta(actor_id="test:supervisor", actor_role="supervisor", name="test")
RUBRIC = [
    {"indicator_id": "plan", "title_th": "การวางแผน"},
    {"indicator_id": "media", "title_th": "สื่อ"},
]
DIMENSIONS = ("student", "teacher", "classroom", "director", "management")


def where(school: str) -> dict[str, str]:
    s = SCHOOL_BY_CODE[school]
    return {"school": school, "cluster": s.cluster, "esa": s.esa, "province": "loei"}


class SupervisionYear:
    def __init__(self) -> None:
        self.clock = FixedClock(datetime(2026, 6, 1, 2, 0, tzinfo=UTC))
        self.store = InMemoryEventStore(self.clock)
        self.runner = CommandRunner(self.store, registry, "supervision", self.clock)

    def events(self) -> list[CloudEvent]:
        return self.store.all_events()

    def at(self, day: date) -> datetime:
        moment = datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)  # 09:00 in Thailand
        self.clock.set(moment + timedelta(hours=1))
        return moment

    async def visit(self, visit_id: str, school: str, day: date, mode: str, **items: date) -> None:
        content: dict[str, Any] = {
            "mode": mode,
            "focus": "การใช้สื่อ นวัตกรรม",
            "policies": ["media_technology"],
            "findings": "ครูใช้สื่อในการจัดการเรียนรู้",
            "recommendations": "เพิ่มการใช้สื่อดิจิทัล",
            "action_items": [
                {"item_id": i, "description": "จัดทำแผน", "owner": "ครูผู้สอน", "due_on": due}
                for i, due in items.items()
            ],
            "evidence": [],
        }
        occurred = self.at(day)
        await visits.record_visit(
            self.runner, META, where(school), visit_id, "sup", occurred, content
        )

    async def observe(self, visit_id: str, school: str, plan: str, media: str) -> None:
        target = visits.visit_target(where(school)["esa"], "loei", visit_id)
        observation = {
            "observation_id": f"o-{visit_id}",
            "teacher": "ครูตัวอย่าง",
            "subject_area": "คณิตศาสตร์",
            "grade_level": "ป.4",
            "scores": {"plan": plan, "media": media},
            "notes": "",
        }
        await visits.observe_classroom(self.runner, META, target, "classroom", None, observation)


async def run_visits(y: SupervisionYear) -> None:
    for esa in ("loei-1", "loei-3"):
        await records.publish_rubric(y.runner, META, esa, "classroom", "แบบสังเกตการสอน", RUBRIC)
    await y.visit("v1", "1042060101", date(2026, 6, 10), "on_site", a1=date(2026, 7, 10))
    await y.observe("v1", "1042060101", "excellent", "good")
    await y.visit("v2", "1042060102", date(2026, 6, 17), "online", a2=date(2026, 8, 31))
    await y.observe("v2", "1042060102", "good", "good")
    await y.visit("v3", "1042060103", date(2026, 7, 1), "plc")
    y.at(date(2026, 7, 11))
    target = visits.visit_target("loei-3", "loei", "v1")
    mark = functools.partial(followups.mark_overdue, item_id="a1", today=date(2026, 7, 11))
    await y.runner.run(target, META, mark)
    await y.visit("v4", "1042060102", date(2026, 8, 20), "on_site")
    await y.observe("v4", "1042060102", "fair", "improve")
    target = visits.visit_target("loei-3", "loei", "v2")
    await visits.verify_item(y.runner, META, target, "a2", "v4", "done", "ดำเนินการแล้ว")
    await y.visit("v5", "1042060104", date(2026, 11, 20), "on_site")
    await y.visit("v6", "1042000101", date(2026, 6, 15), "on_site")
    await y.observe("v6", "1042000101", "good", "fair")


async def run_agreements(y: SupervisionYear) -> None:
    y.at(date(2026, 5, 25))
    for school in ("1042060101", "1042060102", "1042060103", "1042060104", "1042000101"):
        await quality.sign_agreement(
            y.runner, META, where(school), 2569, dict.fromkeys(DIMENSIONS, 70.0),
            date(2026, 5, 25), "ผู้อำนวยการโรงเรียน", "ผู้อำนวยการสำนักงานเขตพื้นที่",
        )  # fmt: skip


async def run_evaluations(y: SupervisionYear) -> None:
    y.at(date(2027, 3, 1))
    for school, score in (("1042060101", 92.0), ("1042060102", 74.0), ("1042060103", 61.0)):
        scores = {
            d: {"i1": score, "i2": score + (4.0 if d == "student" else 0.0)} for d in DIMENSIONS
        }
        await quality.evaluate(y.runner, META, where(school), 2569, scores, date(2027, 3, 1))
    scores = {d: {"i1": 80.0} for d in DIMENSIONS}
    await quality.evaluate(y.runner, META, where("1042000101"), 2569, scores, date(2027, 3, 1))
    await quality.award_honour(
        y.runner, META, where("1042060101"), 2569, "โรงเรียนคุณภาพ 4Q ระดับดีเยี่ยม", date(2027, 3, 5)
    )


async def run_sar(y: SupervisionYear) -> None:
    y.at(date(2027, 3, 8))
    for n, school in enumerate(("1042060101", "1042060102", "1042060103", "1042000101")):
        document = {"title": "รายงาน SAR 2569", "sha256": f"{n + 1:064x}"}
        await quality.submit_sar(y.runner, META, where(school), 2569, document)
    await quality.review_sar(y.runner, META, where("1042060101"), 2569, True, [])
    await quality.review_sar(y.runner, META, where("1042000101"), 2569, True, [])
    await quality.review_sar(
        y.runner, META, where("1042060102"), 2569, False, ["ขาดข้อมูลมาตรฐานที่ 2"]
    )
    synthesis = SarSynthesisRecorded(
        esa="loei-3", province="loei", academic_year=2569, summary_th="สรุปผลการสังเคราะห์",
        strengths=["ผู้เรียนอ่านออกเขียนได้"], improvements=["การใช้สื่อดิจิทัล"],
        schools_accepted=["1042060101"],
    )  # fmt: skip
    target = StreamTarget("loei-3", "loei", record_rules.synthesis_stream("loei-3", 2569))
    await y.runner.run(target, META, lambda h: record_rules.record_synthesis(h, synthesis))


async def run_records(y: SupervisionYear) -> None:
    """Recorded by supervision; reporting keeps no read model of them yet."""
    training = {
        "academic_year": 2569, "title": "อบรมการผลิตสื่อดิจิทัล", "held_on": date(2026, 9, 5),
        "hours": 6.0, "organiser": "กลุ่มนิเทศ", "policies": ["media_technology"],
        "participants": [{"name": "ครูตัวอย่าง หนึ่ง", "school": "1042060101"}],
    }  # fmt: skip
    partner = {
        "academic_year": 2569, "partner": "องค์การบริหารส่วนจังหวัดเลย", "sector": "public",
        "activity": "สนับสนุนอุปกรณ์", "schools": ["1042060101"], "started_on": date(2026, 9, 1),
    }  # fmt: skip
    shared = {
        "academic_year": 2569, "title": "เผยแพร่ผลงานสื่อ", "channel": "website",
        "published_on": date(2026, 10, 1), "evidence": [],
    }  # fmt: skip
    for kind, fields in (
        ("training", training),
        ("partnership", partner),
        ("dissemination", shared),
    ):
        await records.record(y.runner, META, "loei-3", kind, fields)


async def supervision_events() -> list[CloudEvent]:
    y = SupervisionYear()
    await run_agreements(y)
    await run_visits(y)
    await run_evaluations(y)
    await run_sar(y)
    await run_records(y)
    return y.events()
