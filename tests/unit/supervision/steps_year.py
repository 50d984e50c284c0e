"""A year of the manuals' later steps made with the supervision service's own handlers on an
in-memory event store: Rayong's SAR cycle and supervision committee, Loei ESA 3's 4Q drive,
teachers honoured in two ESAs, a partnership summary."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from services.directory.reference import SCHOOL_BY_CODE
from services.supervision.application import drive, province, quality, records
from services.supervision.application.ports import EsaSynthesisFact, PartnershipFact, SchoolPlace
from services.supervision.domain.commands import drive as dc
from services.supervision.domain.commands import province as pc
from services.supervision.domain.commands.records import ReportPartnershipSummary
from services.supervision.domain.commands.school_year import HonourTeacher, RecordQualityBaseline
from services.supervision.domain.events import registry

DIMENSIONS = ("student", "teacher", "classroom", "director", "management")
CHAIR = {"name": "ประธาน", "role": "chair"}
SECRETARY = {"name": "เลขานุการ", "role": "secretary", "person": "secretary"}
DOC = {"title": "เอกสาร", "sha256": "c" * 64}


def meta(actor: str = "tester", role: str = "supervisor") -> CommandMeta:
    return CommandMeta(actor_id=actor, actor_role=role, name="test")


def place(school: str) -> SchoolPlace:
    s = SCHOOL_BY_CODE[school]
    return SchoolPlace(school, s.cluster, s.esa, s.esa.rsplit("-", 1)[0])


class Facts:
    """What the commands take from the read models, as fixed facts."""

    async def esa_syntheses(self, province: str, year: int) -> list[EsaSynthesisFact]:
        return [EsaSynthesisFact("rayong-1", 2), EsaSynthesisFact("rayong-2", 3)]

    async def partnerships(self, esa: str, year: int) -> list[PartnershipFact]:
        return [PartnershipFact("p1", "public", ("1042060101",))]


async def province_year(runner: CommandRunner) -> None:
    where = ("rayong", 2569)
    driving = meta("driving", "driving_committee")
    guidelines = {
        "title": "แนวทาง",
        "issued_on": "2026-07-01",
        "due_on": "2027-04-30",
        "document": DOC,
    }
    await province.issue_guidelines(runner, driving, where, pc.IssueSarGuidelines(**guidelines))
    order = {"order_no": "1/2570", "appointed_on": "2027-04-01", "members": [CHAIR, SECRETARY]}
    await province.appoint_committee(
        runner, driving, where, pc.AppointSarSynthesisCommittee(**order)
    )
    synthesis = pc.RecordProvincialSarSynthesis(summary_th="สรุป")
    await province.record_synthesis(runner, meta("secretary"), Facts(), where, synthesis)  # type: ignore[arg-type]
    await province.decide_synthesis(
        runner, driving, where, pc.DecideProvincialSarSynthesis(decision="accept")
    )
    report = {
        "summary_th": "รายงาน",
        "reported_to": "คณะกรรมการนโยบาย",
        "reported_on": "2027-06-01",
    }
    await province.issue_report(
        runner, meta("officer", "provincial_officer"), where, pc.IssueProvincialSarReport(**report)
    )
    schools = [place("1021070101"), place("1021080101"), place("1021080102")]
    committee = pc.AppointSupervisionCommittee(
        **order, focus_th="หลักสูตรฐานสมรรถนะ", schools=[s.school for s in schools]
    )
    await province.appoint_supervision_committee(runner, driving, where, schools, committee)


async def drive_year(runner: CommandRunner) -> None:
    where = ("loei-3", 2569)
    director = meta("director", "esa_director")
    order = {"order_no": "2/2569", "appointed_on": "2026-05-15", "members": [CHAIR]}
    await drive.appoint_team(runner, director, where, dc.AppointDrivingTeam(**order))
    await drive.appoint_committee(
        runner, director, where, dc.AppointMonitoringCommittee(**order, body="ktpn")
    )
    for school in ("1042060101", "1042060102"):
        baseline = RecordQualityBaseline(
            scores=dict.fromkeys(DIMENSIONS, 50), collected_on="2026-05-20"
        )
        await quality.record_baseline(runner, meta(), place(school), 2569, baseline)
    schools = {s: place(s) for s in ("1042060101", "1042060102")}
    for day, status in (("2026-08-01", "on_track"), ("2026-12-01", "needs_help")):
        rows = [{"school": "1042060102", "statuses": {"student": status}}]
        report = dc.ReportQualityProgress(
            body="ktpn", reported_on=day, schools=rows, summary_th="สรุป"
        )
        await drive.report_progress(runner, meta(), where, schools, report)
    practice = {"school": "1042060101", "title_th": "อ่านคล่อง", "dimension": "student"}
    exchange = dc.HoldGoodPracticeExchange(title="เวที", held_on="2027-03-10", practices=[practice])
    await drive.hold_exchange(runner, meta(), where, schools, exchange)
    carried = dc.CarryResultsForward(
        lessons_th="บทเรียน", priorities=["classroom"], focus_schools=["1042060102"]
    )
    await drive.carry_forward(runner, meta(), where, carried)
    summary = ReportPartnershipSummary(
        summary_th="สรุป", reported_to="ผอ.สพป.", reported_on="2027-03-20"
    )
    await records.report_partnership_summary(runner, meta(), Facts(), where, summary)  # type: ignore[arg-type]


async def honours(runner: CommandRunner) -> None:
    honour: dict[str, Any] = {
        "teacher": "นางสมศรี",
        "work_th": "ผลงาน",
        "title_th": "ครูดีเด่น",
        "awarded_on": "2027-02-01",
    }
    await quality.honour_teacher(
        runner, meta("d", "esa_director"), place("1042060101"), 2569, HonourTeacher(**honour)
    )
    await quality.honour_teacher(
        runner, meta("c", "driving_committee"), place("1021080101"), 2569, HonourTeacher(**honour)
    )


async def steps_events() -> list[CloudEvent]:
    clock = FixedClock(datetime(2027, 3, 1, tzinfo=UTC))
    store = InMemoryEventStore(clock)
    runner = CommandRunner(store, registry, "supervision", clock)
    await province_year(runner)
    await drive_year(runner)
    await honours(runner)
    return store.all_events()
