"""A year of supervision in Loei ESA 3 and ESA 1, as the supervision service's events (the
contract reporting reads): visits on site, online and in a PLC, classroom observations, an
action item done and one overdue, 4Q agreements, evaluations and an honour, SARs accepted,
returned and waiting, the ESA's synthesis, and the ESA's records (a training, a partner's
cooperation, a dissemination)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from kit.events import CloudEvent, DomainEvent
from services.directory.reference import SCHOOL_BY_CODE
from services.supervision.domain.events import records as rec
from services.supervision.domain.events import schools as sch
from services.supervision.domain.events import visits as vis
from services.supervision.domain.events.parts import ActionItem, Evidence, Indicator, Participant
from tests.support.histories import History

DIMENSIONS = ("student", "teacher", "classroom", "director", "management")
RUBRIC = [
    Indicator(indicator_id="plan", title_th="การวางแผน"),
    Indicator(indicator_id="media", title_th="สื่อ"),
]
YEAR = {"academic_year": 2569}


def where(school: str) -> dict[str, str]:
    s = SCHOOL_BY_CODE[school]
    return {"school": school, "cluster": s.cluster, "esa": s.esa, "province": "loei"}


class SupervisionYear:
    """The events in the order they were published, each stamped at its own day."""

    def __init__(self) -> None:
        self.history = History(clock=datetime(2026, 5, 25, 3, 0, tzinfo=UTC))

    def at(self, day: date) -> None:
        self.history.clock = datetime(day.year, day.month, day.day, 2, 59, tzinfo=UTC)

    def add(self, stream: str, event: DomainEvent) -> None:
        data = event.model_dump(mode="json")
        self.history.add(event.type, stream, data["esa"], data["province"], **data)

    def visit(self, visit_id: str, school: str, day: date, mode: str, **items: date) -> None:
        self.at(day)
        moment = datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)
        semester = 1 if day.month <= 10 and day >= date(day.year, 5, 16) else 2
        recorded = vis.VisitRecorded(
            **where(school), visit_id=visit_id, supervisor="sup", **YEAR, semester=semester,
            mode=mode, occurred_at=moment, occurred_on=day, recorded_at=moment + timedelta(hours=1),
            focus="การใช้สื่อ นวัตกรรม", policies=["media_technology"],
            findings="ครูใช้สื่อในการจัดการเรียนรู้", recommendations="เพิ่มการใช้สื่อดิจิทัล",
            action_items=[
                ActionItem(item_id=i, description="จัดทำแผน", owner="ครูผู้สอน", due_on=due)
                for i, due in items.items()
            ],
            evidence=[],
        )  # fmt: skip
        self.add(f"visit-{visit_id}", recorded)

    def visit_event(self, visit_id: str, school: str, kind: Any, **fields: Any) -> None:
        semester = 2 if visit_id == "v5" else 1
        facts = {**where(school), "visit_id": visit_id, "supervisor": "sup", **YEAR}
        self.add(f"visit-{visit_id}", kind(**facts, semester=semester, **fields))

    def observe(self, visit_id: str, school: str, plan: str, media: str, overall: str) -> None:
        self.visit_event(
            visit_id, school, vis.ClassroomObserved, observation_id=f"o-{visit_id}",
            rubric_id="classroom", rubric_version=1, teacher="ครูตัวอย่าง",
            subject_area="คณิตศาสตร์", grade_level="ป.4", scores={"plan": plan, "media": media},
            overall_level=overall,
        )  # fmt: skip


def run_visits(y: SupervisionYear) -> None:
    for esa in ("loei-1", "loei-3"):
        published = rec.RubricVersionPublished(
            esa=esa, province="loei", rubric_id="classroom", version=1, title="แบบสังเกตการสอน",
            indicators=RUBRIC,
        )  # fmt: skip
        y.add(f"rubric-{esa}-classroom", published)
    y.visit("v1", "1042060101", date(2026, 6, 10), "on_site", a1=date(2026, 7, 10))
    y.observe("v1", "1042060101", "excellent", "good", "excellent")
    y.visit("v2", "1042060102", date(2026, 6, 17), "online", a2=date(2026, 8, 31))
    y.observe("v2", "1042060102", "good", "good", "good")
    y.visit("v3", "1042060103", date(2026, 7, 1), "plc")
    y.at(date(2026, 7, 11))
    overdue = {"item_id": "a1", "due_on": date(2026, 7, 10), "overdue_on": date(2026, 7, 11)}
    y.visit_event("v1", "1042060101", vis.ActionItemBecameOverdue, **overdue)
    y.visit("v4", "1042060102", date(2026, 8, 20), "on_site")
    y.observe("v4", "1042060102", "fair", "improve", "fair")
    done = {"at_visit_id": "v4", "verified_on": date(2026, 8, 20), "outcome": "done"}
    y.visit_event(
        "v2", "1042060102", vis.ActionItemVerified, item_id="a2", note="ดำเนินการแล้ว", **done
    )
    y.visit("v5", "1042060104", date(2026, 11, 20), "on_site")
    y.visit("v6", "1042000101", date(2026, 6, 15), "on_site")
    y.observe("v6", "1042000101", "good", "fair", "good")


def run_agreements(y: SupervisionYear) -> None:
    y.at(date(2026, 5, 25))
    for school in ("1042060101", "1042060102", "1042060103", "1042060104", "1042000101"):
        signed = sch.QualityAgreementSigned(
            **where(school), **YEAR, targets=dict.fromkeys(DIMENSIONS, 70.0),
            signed_on=date(2026, 5, 25), school_director="ผู้อำนวยการโรงเรียน",
            esa_director="ผู้อำนวยการสำนักงานเขตพื้นที่",
        )  # fmt: skip
        y.add(f"quality-{school}-2569", signed)


def evaluated(school: str, score: float, student: float) -> sch.QualityEvaluated:
    scores = {d: student if d == "student" else score for d in DIMENSIONS}
    return sch.QualityEvaluated(
        **where(school), **YEAR, indicators={d: {"i1": s} for d, s in scores.items()},
        dimension_scores=scores, overall=round(sum(scores.values()) / 5, 2),
        targets_met={d: s >= 70.0 for d, s in scores.items()}, evaluated_on=date(2027, 3, 1),
        evaluation=1,
    )  # fmt: skip


def run_evaluations(y: SupervisionYear) -> None:
    y.at(date(2027, 3, 1))
    for school, score in (("1042060101", 92.0), ("1042060102", 74.0), ("1042060103", 61.0)):
        y.add(f"quality-{school}-2569", evaluated(school, score, score + 2.0))
    y.add("quality-1042000101-2569", evaluated("1042000101", 80.0, 80.0))
    honour = sch.QualityHonourAwarded(
        **where("1042060101"), **YEAR, honour_id="h1", title_th="โรงเรียนคุณภาพ 4Q ระดับดีเยี่ยม",
        awarded_on=date(2027, 3, 5),
    )  # fmt: skip
    y.add("quality-1042060101-2569", honour)


def run_sar(y: SupervisionYear) -> None:
    y.at(date(2027, 3, 8))
    submitted_at = datetime(2027, 3, 8, 3, 0, tzinfo=UTC)
    for n, school in enumerate(("1042060101", "1042060102", "1042060103", "1042000101")):
        document = Evidence(title="รายงาน SAR 2569", sha256=f"{n + 1:064x}")
        sent = sch.SarSubmitted(
            **where(school), **YEAR, revision=1, document=document, submitted_at=submitted_at
        )
        y.add(f"sar-{school}-2569", sent)
    for school in ("1042060101", "1042000101"):
        y.add(f"sar-{school}-2569", sch.SarAccepted(**where(school), **YEAR, revision=1))
    returned = sch.SarReturnedForCorrection(
        **where("1042060102"), **YEAR, revision=1, reasons=["ขาดข้อมูลมาตรฐานที่ 2"]
    )
    y.add("sar-1042060102-2569", returned)
    synthesis = rec.SarSynthesisRecorded(
        esa="loei-3", province="loei", **YEAR, summary_th="สรุปผลการสังเคราะห์",
        strengths=["ผู้เรียนอ่านออกเขียนได้"], improvements=["การใช้สื่อดิจิทัล"],
        schools_accepted=["1042060101"],
    )  # fmt: skip
    y.add("sarsynthesis-loei-3-2569", synthesis)


def run_records(y: SupervisionYear) -> None:
    """A training with one participant of 1042060101, a public partner supporting that school,
    a dissemination on the website."""
    esa = {"esa": "loei-3", "province": "loei", **YEAR}
    training = rec.TrainingHeld(
        **esa, training_id="t1", title="อบรมการผลิตสื่อดิจิทัล", held_on=date(2026, 9, 5),
        hours=6.0, organiser="กลุ่มนิเทศ", policies=["media_technology"],
        participants=[Participant(name="ครูตัวอย่าง หนึ่ง", school="1042060101")],
    )  # fmt: skip
    partner = rec.PartnerCooperationRecorded(
        **esa, record_id="p1", partner="องค์การบริหารส่วนจังหวัดเลย", sector="public",
        activity="สนับสนุนอุปกรณ์", schools=["1042060101"], started_on=date(2026, 9, 1),
    )  # fmt: skip
    shared = rec.DisseminationRecorded(
        **esa, record_id="d1", title="เผยแพร่ผลงานสื่อ", channel="website",
        published_on=date(2026, 10, 1), evidence=[],
    )  # fmt: skip
    for stream, record in (("training-t1", training), ("partnership-p1", partner)):
        y.add(stream, record)
    y.add("dissemination-d1", shared)


async def supervision_events() -> list[CloudEvent]:
    y = SupervisionYear()
    run_agreements(y)
    run_visits(y)
    run_evaluations(y)
    run_sar(y)
    run_records(y)
    return y.history.events
