"""A year of needs work run through the application handlers on the in-memory event store.

Loei ESA 3, academic year 2569: a template (then a second version), a campaign for three
Na Haeo schools, responses under both versions, a return and its correction, a reminder,
two production records (one evaluated), three service requests, an improvement, model media
sent to the three schools (one acknowledges) and a follow-up of one school's use of media.
The events it produces feed the view tests of the needs service and of reporting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from services.needs.adapters.projections.records import NeedsRecords
from services.needs.adapters.projections.schools import SchoolsView
from services.needs.adapters.schools import known_for, placement
from services.needs.application import (
    campaigns,
    followups,
    model_media,
    production,
    responses,
    service,
    templates,
)
from services.needs.domain import production as made
from services.needs.domain import service as served
from services.needs.domain.commands import followups as follow
from services.needs.domain.commands import model_media as sending
from services.needs.domain.commands import production as producing
from services.needs.domain.commands import service as asking
from services.needs.domain.commands import surveys
from services.needs.domain.commands.common import Target
from services.needs.domain.events import registry
from services.needs.domain.indicators import INDICATORS
from services.needs.domain.questions import Question
from services.needs.domain.standard_form import standard_questions
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


def template(title: str, questions: list[Question]) -> surveys.PublishTemplate:
    return surveys.PublishTemplate(title_th=title, questions=questions)


@dataclass
class Year:
    clock: FixedClock = field(default_factory=lambda: FixedClock(START))
    store: InMemoryEventStore = field(default_factory=InMemoryEventStore)
    views: MemoryViews = field(default_factory=MemoryViews)
    ids: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.runner = CommandRunner(self.store, registry, "needs", self.clock)
        self.views.fold(SchoolsView(), directory_events())

    async def events(self) -> list[CloudEvent]:
        return [e for c in await self.store.pending(10_000) for e in c.events]

    async def refresh(self) -> None:
        self.views.fold(NeedsRecords(), await self.events())

    def later(self, days: int) -> None:
        self.clock.advance(days=days)

    async def known(self, target: Target) -> Any:
        return await known_for(self.views, ESA, target)  # type: ignore[arg-type]

    async def school(self, code: str) -> Any:
        return await placement(self.views, ESA, code)  # type: ignore[arg-type]


async def run_year() -> Year:
    y = Year()
    r = y.runner
    publish = await templates.publish(
        r, meta("publish"), ESA, template("แบบสำรวจความต้องการสื่อ", standard_questions())
    )
    tid = y.ids["template"] = publish.result["template_id"]
    target = Target(kind="list", schools=[A, B, C])
    command = surveys.OpenCampaign(
        title="สำรวจความต้องการสื่อ ปีการศึกษา 2569",
        academic_year=2569,
        opens_on=date(2026, 6, 1),
        closes_on=date(2026, 6, 30),
        target=target,
        template_id=tid,
    )
    opened = await campaigns.open_campaign(r, meta("open"), ESA, command, await y.known(target))
    cid = y.ids["campaign"] = opened.result["campaign_id"]
    answer = _answerer(y, cid)
    await answer(A, standard_answers(english_media=5), 1)
    second = template("แบบสำรวจความต้องการสื่อ ฉบับปรับปรุง", version_2())
    await templates.publish(r, meta("publish"), ESA, second, tid)
    adopt = surveys.AdoptTemplateVersion(template_version=2)
    await campaigns.adopt_template_version(r, meta("adopt"), ESA, cid, adopt)
    y.later(1)
    await answer(
        B, standard_answers(english_media=None, devices_needed=3, media_needed=["digital"]), 2
    )
    back = surveys.ReturnResponse(reason="จำนวนเครื่องไม่ตรงกับข้อมูลนักเรียน")
    await responses.return_response(r, meta("return"), ESA, cid, A, back)
    await y.refresh()
    doc = await y.views.get("needs_records", f"campaign:{cid}")
    await campaigns.send_reminder(r, meta("remind"), ESA, cid, campaigns.missing_schools(doc or {}))
    y.later(2)
    await answer(A, standard_answers(english_media=None, devices_needed=20), 2)
    await _production(y)
    await _service(y)
    await _model_media(y)
    await _followup(y)
    await y.refresh()
    return y


def _answerer(y: Year, cid: str) -> Any:
    async def answer(school: str, answers: dict[str, Any], version: int) -> None:
        command = surveys.SubmitResponse(answers=answers, template_version=version)
        who = meta("submit", "school_director")
        await responses.submit_response(y.runner, who, ESA, cid, school, command)

    return answer


async def _production(y: Year) -> None:
    where, ids = await y.school(A), []
    for title, subject in (("ชุดกิจกรรมเศษส่วน", "mathematics"), ("บทเรียนออนไลน์การอ่าน", "thai")):
        command = producing.RegisterProduction.model_validate(
            {
                "title": title,
                "kind": "media",
                "subject": subject,
                "grade_levels": ["p4"],
                "authors": [{"name": "นางสาวสมใจ ตัวอย่าง"}],
                "evidence": [
                    {
                        "title": "ไฟล์สื่อ",
                        "reference": f"doc://{title}",
                        "sha256": f"{len(ids) + 1:064x}",
                    }
                ],
            }
        )
        done = await production.register(
            y.runner, meta("register", "school_director"), ESA, where, command
        )
        ids.append(done.result["production_id"])
    y.ids["productions"] = ids
    scores = [{"indicator": i, "score": 4} for i in INDICATORS]
    evaluation = producing.EvaluateProduction.model_validate({"scores": scores, "comment": "ดีเยี่ยม"})
    await production.step(
        y.runner, meta("evaluate"), ESA, ids[0], made.evaluate_production, evaluation
    )


async def _service(y: Year) -> None:
    r, ids = y.runner, []
    for school, kind, days in ((A, "training", 10), (B, "advice", 5), (C, "media", None)):
        needed = START.date() + timedelta(days=3 + days) if days else None
        command = asking.RequestService.model_validate(
            {"kind": kind, "details": "ขอรับการสนับสนุน", "needed_by": needed}
        )
        who = meta("request", "school_director")
        done = await service.request(r, who, ESA, await y.school(school), command)
        ids.append(done.result["request_id"])
    y.ids["requests"] = ids
    steps = (
        (ids[0], served.accept, asking.AcceptRequest(), "supervisor"),
        (ids[0], served.fulfil, asking.FulfilRequest(note="อบรมแล้ว"), "supervisor"),
        (ids[0], served.rate, asking.RateService(rating=4), "school_director"),
        (ids[1], served.decline, asking.DeclineRequest(reason="วิทยากรไม่ว่าง"), "supervisor"),
    )
    for request_id, decide, command, role in steps:
        await service.step(r, meta(type(command).__name__, role), ESA, request_id, decide, command)
    improvement = asking.RecordImprovement(
        finding="โรงเรียนรอการอบรมนาน", action="เพิ่มรอบอบรมออนไลน์", request_ids=[ids[0]]
    )
    await service.record_improvement(r, meta("improve"), ESA, improvement)


async def _model_media(y: Year) -> None:
    target = Target(kind="list", schools=[A, B, C])
    command = sending.SendModelMedia.model_validate(
        {
            "title": "ชุดสื่อต้นแบบคณิตศาสตร์ เศษส่วน",
            "media": [{"title": "บัตรภาพเศษส่วน", "kind": "media", "subject": "mathematics"}],
            "target": target,
            "channel": "in_person",
        }
    )
    sent = await model_media.send(y.runner, meta("send"), ESA, command, await y.known(target))
    dispatch = y.ids["dispatch"] = sent.result["dispatch_id"]
    y.later(1)
    got = sending.AcknowledgeModelMedia(note="ได้รับครบ")
    await model_media.acknowledge(y.runner, meta("ack", "school_director"), ESA, dispatch, A, got)


async def _followup(y: Year) -> None:
    uses = [
        {"kind": "production", "id": y.ids["productions"][0], "use": "in_use"},
        {"kind": "service_request", "id": y.ids["requests"][0], "use": "partly"},
        {"kind": "model_media", "id": y.ids["dispatch"], "use": "in_use"},
    ]
    command = follow.RecordMediaFollowup.model_validate(
        {
            "visited_on": y.clock.now().date(),
            "aspects": [{"aspect": "teaching", "score": 4}, {"aspect": "care", "score": 3}],
            "uses": uses,
            "findings": "ครูใช้ชุดกิจกรรมเศษส่วนทุกสัปดาห์",
        }
    )
    done = await followups.record(y.runner, meta("follow"), ESA, await y.school(A), command)
    y.ids["followup"] = done.result["followup_id"]
