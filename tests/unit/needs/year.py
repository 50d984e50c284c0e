"""A year of needs work run through the application handlers on the in-memory event store.

Loei ESA 3, academic year 2569: a template (then a second version), a campaign for three
Na Haeo schools, responses under both versions, a return and its correction, a reminder,
two production records (one evaluated), three service requests, an improvement. The events
it produces feed the view tests of the needs service and of reporting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from services.needs.adapters.records import NeedsRecords
from services.needs.adapters.schools import SchoolsView
from services.needs.application import campaigns, production, responses, service, templates
from services.needs.application.schools import placement, target_schools
from services.needs.domain import events as ev
from services.needs.domain.indicators import INDICATORS
from services.needs.domain.questions import Question
from services.needs.domain.standard_form import standard_questions
from services.needs.domain.vocabulary import Category, GradeLevel, ServiceKind, Subject
from tests.unit.needs.builders import standard_answers
from tests.unit.needs.memory import MemoryViews

ESA, PROVINCE = "loei-3", "loei"
A, B, C = "1042060101", "1042060102", "1042060103"
START = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)  # 10:00 in Thailand


def meta(name: str, role: str = "supervisor") -> CommandMeta:
    return CommandMeta(actor_id=f"test:{role}", actor_role=role, name=name)


def directory_events() -> list[CloudEvent]:
    from tests.support.events import event

    names = {A: "โรงเรียนบ้านนาแห้ว", B: "โรงเรียนบ้านกลาง", C: "โรงเรียนชุมชนบ้านนาพึง"}
    return [
        event(
            f"school-{s}",
            1,
            "directory.SchoolRegistered",
            data={
                "school": s,
                "name_th": n,
                "esa": ESA,
                "cluster": "loei-3-nahaeo",
                "province": PROVINCE,
            },
        )
        for s, n in names.items()
    ]


def version_2() -> list[Question]:
    """Version 2 drops the English-media scale and relabels an option (same meaning)."""
    qs = [q for q in standard_questions() if q.id != "english_media"]
    media = qs[0]
    relabelled = [
        o.model_copy(update={"label_th": "สื่อดิจิทัล (ออนไลน์)"}) if o.id == "digital" else o
        for o in media.options
    ]
    return [media.model_copy(update={"options": relabelled}), *qs[1:]]


@dataclass
class Year:
    clock: FixedClock = field(default_factory=lambda: FixedClock(START))
    store: InMemoryEventStore = field(default_factory=InMemoryEventStore)
    views: MemoryViews = field(default_factory=MemoryViews)
    ids: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.runner = CommandRunner(self.store, ev.registry, "needs", self.clock)
        self.views.fold(SchoolsView(), directory_events())

    async def events(self) -> list[CloudEvent]:
        return [e for c in await self.store.pending(10_000) for e in c.events]

    async def refresh(self) -> None:
        self.views.fold(NeedsRecords(), await self.events())

    def later(self, days: int) -> None:
        self.clock.advance(days=days)


async def run_year() -> Year:
    y = Year()
    r = y.runner
    publish = await templates.publish(
        r,
        meta("publish"),
        esa=ESA,
        province=PROVINCE,
        template_id=None,
        title_th="แบบสำรวจความต้องการสื่อ",
        title_en="",
        description_th="",
        questions=standard_questions(),
    )
    tid = y.ids["template"] = publish.result["template_id"]
    targets = await target_schools(y.views, ESA, "list", None, [A, B, C])  # type: ignore[arg-type]
    opened = await campaigns.open_campaign(
        r,
        meta("open"),
        esa=ESA,
        province=PROVINCE,
        academic_year=2569,
        title="สำรวจความต้องการสื่อ ปีการศึกษา 2569",
        opens_on=date(2026, 6, 1),
        closes_on=date(2026, 6, 30),
        target_kind="list",
        target_cluster="",
        targets=targets,
        template_id=tid,
        template_version=None,
    )
    cid = y.ids["campaign"] = opened.result["campaign_id"]
    answer = _answerer(y, cid)
    await answer(A, standard_answers(english_media=5), 1)
    await templates.publish(
        r,
        meta("publish"),
        esa=ESA,
        province=PROVINCE,
        template_id=tid,
        title_th="แบบสำรวจความต้องการสื่อ ฉบับปรับปรุง",
        title_en="",
        description_th="",
        questions=version_2(),
    )
    await campaigns.adopt_template_version(r, meta("adopt"), ESA, PROVINCE, cid, 2)
    y.later(1)
    await answer(
        B, standard_answers(english_media=None, devices_needed=3, media_needed=["digital"]), 2
    )
    await responses.return_response(
        r,
        meta("return"),
        esa=ESA,
        province=PROVINCE,
        campaign_id=cid,
        school=A,
        reason="จำนวนเครื่องไม่ตรงกับข้อมูลนักเรียน",
        correct_by=None,
    )
    await y.refresh()
    await campaigns.send_reminder(r, y.views, meta("remind"), ESA, PROVINCE, cid)  # type: ignore[arg-type]
    y.later(2)
    await answer(A, standard_answers(english_media=None, devices_needed=20), 2)
    await _production(y)
    await _service(y)
    await y.refresh()
    return y


def _answerer(y: Year, cid: str) -> Any:
    async def answer(school: str, answers: dict[str, Any], version: int) -> None:
        await responses.submit_response(
            y.runner,
            meta("submit", "school_director"),
            esa=ESA,
            province=PROVINCE,
            campaign_id=cid,
            school=school,
            answers=answers,
            template_version=version,
        )

    return answer


async def _production(y: Year) -> None:
    where = await placement(y.views, ESA, A)  # type: ignore[arg-type]
    ids = []
    for title, subject in (
        ("ชุดกิจกรรมเศษส่วน", Subject.MATHEMATICS),
        ("บทเรียนออนไลน์การอ่าน", Subject.THAI),
    ):
        done = await production.register(
            y.runner,
            meta("register", "school_director"),
            school=where,
            esa=ESA,
            province=PROVINCE,
            title=title,
            kind=Category.MEDIA,
            subject=subject,
            grade_levels=[GradeLevel.P4],
            authors=[ev.Author(name="นางสาวสมใจ ตัวอย่าง")],
            description="",
            evidence=[
                ev.Evidence(
                    title="ไฟล์สื่อ", reference=f"doc://{title}", sha256=f"{len(ids) + 1:064x}"
                )
            ],
        )
        ids.append(done.result["production_id"])
    y.ids["productions"] = ids
    scores = [ev.IndicatorScore(indicator=i, score=4) for i in INDICATORS]
    await production.evaluate(y.runner, meta("evaluate"), ESA, PROVINCE, ids[0], scores, "ดีเยี่ยม")


async def _service(y: Year) -> None:
    r, ids = y.runner, []
    for school, kind, days in (
        (A, ServiceKind.TRAINING, 10),
        (B, ServiceKind.ADVICE, 5),
        (C, ServiceKind.MEDIA, None),
    ):
        where = await placement(y.views, ESA, school)  # type: ignore[arg-type]
        needed = START.date() + timedelta(days=3 + days) if days else None
        done = await service.request(
            r,
            meta("request", "school_director"),
            school=where,
            esa=ESA,
            province=PROVINCE,
            kind=kind,
            subject=Subject.GENERAL,
            details="ขอรับการสนับสนุน",
            items=[],
            needed_by=needed,
        )
        ids.append(done.result["request_id"])
    y.ids["requests"] = ids
    await service.accept(r, meta("accept"), ESA, PROVINCE, ids[0], "")
    await service.fulfil(r, meta("fulfil"), ESA, PROVINCE, ids[0], None, "อบรมแล้ว")
    await service.rate(r, meta("rate", "school_director"), ESA, PROVINCE, ids[0], 4, "")
    await service.decline(r, meta("decline"), ESA, PROVINCE, ids[1], "วิทยากรไม่ว่าง")
    await service.record_improvement(
        r,
        meta("improve"),
        esa=ESA,
        province=PROVINCE,
        year=None,
        finding="โรงเรียนรอการอบรมนาน",
        action="เพิ่มรอบอบรมออนไลน์",
        request_ids=[ids[0]],
    )
