"""An ESA's drive for 4Q quality in a year (TUMHOME plus INNO), beyond each school's agreement:

- T: the ESA director appoints the driving team, with members from every sector; a new order
  supersedes the last, the same order again changes nothing;
- M.3: the ก.ต.ป.น. (or its อ.ก.ต.ป.น.) is appointed, then reports the schools' progress in
  numbered rounds; a report needs its committee appointed first;
- E.3: good-practice exchanges, each school's practice presented once per exchange;
- E.4: the year's results carried into next year's plan (a later one supersedes).

Decisions are taken on the drive's own stream (one per ESA and year).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.committees import check_members
from services.supervision.domain.events import drive as ev


def drive_stream(esa: str, year: int) -> str:
    return f"qualitydrive-{esa}-{year}"


@dataclass
class Drive:
    team: ev.QualityDrivingTeamAppointed | None = None
    committees: dict[str, ev.MonitoringCommitteeAppointed] = field(default_factory=dict)
    reports: dict[str, ev.QualityProgressReported] = field(default_factory=dict)
    exchanges: set[str] = field(default_factory=set)
    carried: ev.QualityResultsCarriedForward | None = None


def drive_from(history: list[DomainEvent]) -> Drive:
    drive = Drive()
    for e in history:
        if isinstance(e, ev.QualityDrivingTeamAppointed):
            drive.team = e
        elif isinstance(e, ev.MonitoringCommitteeAppointed):
            drive.committees[e.body] = e
        elif isinstance(e, ev.QualityProgressReported):
            drive.reports[e.report_id] = e
        elif isinstance(e, ev.GoodPracticeExchangeHeld):
            drive.exchanges.add(e.exchange_id)
        elif isinstance(e, ev.QualityResultsCarriedForward):
            drive.carried = e
    return drive


def _same(a: DomainEvent | None, b: DomainEvent) -> bool:
    return a is not None and a.model_dump() == b.model_dump()


def appoint_team(
    history: list[DomainEvent], appointed: ev.QualityDrivingTeamAppointed
) -> list[DomainEvent]:
    check_members(appointed.members)
    return [] if _same(drive_from(history).team, appointed) else [appointed]


def appoint_committee(
    history: list[DomainEvent], appointed: ev.MonitoringCommitteeAppointed
) -> list[DomainEvent]:
    check_members(appointed.members)
    current = drive_from(history).committees.get(appointed.body)
    return [] if _same(current, appointed) else [appointed]


def report_progress(
    history: list[DomainEvent], report: ev.QualityProgressReported
) -> list[DomainEvent]:
    drive = drive_from(history)
    if report.report_id in drive.reports:
        return []
    if report.body not in drive.committees:
        raise RuleViolation(
            "ยังไม่มีคำสั่งแต่งตั้งคณะกรรมการที่รายงานความก้าวหน้า",
            "The committee giving the report is not appointed yet.",
            code="no_monitoring_committee",
            details={"body": report.body},
        )
    _once([s.school for s in report.schools])
    return [report.model_copy(update={"round": len(drive.reports) + 1})]


def hold_exchange(
    history: list[DomainEvent], held: ev.GoodPracticeExchangeHeld
) -> list[DomainEvent]:
    if held.exchange_id in drive_from(history).exchanges:
        return []
    _once([f"{p.school}/{p.title_th}" for p in held.practices])
    return [held]


def carry_forward(
    history: list[DomainEvent], carried: ev.QualityResultsCarriedForward
) -> list[DomainEvent]:
    last = drive_from(history).carried
    if last is not None and _same(last, carried.model_copy(update={"revision": last.revision})):
        return []
    return [carried.model_copy(update={"revision": (last.revision if last else 0) + 1})]


def _once(names: list[str]) -> None:
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise InvalidInput(
            "มีรายการซ้ำกัน",
            "An entry is listed twice.",
            code="duplicate_entries",
            details={"entries": twice},
        )
