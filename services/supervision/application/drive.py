"""Commands of an ESA's drive for 4Q quality in a year (TUMHOME plus INNO): the driving team,
the ก.ต.ป.น./อ.ก.ต.ป.น. committee and its progress reports, good-practice exchanges, the
year's results carried into next year's plan. The schools they name are the ESA's (the
directory's placement, found by the caller beforehand)."""

from __future__ import annotations

from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.ids import new_id
from services.supervision.application.describing import latest
from services.supervision.application.ports import SchoolPlace
from services.supervision.domain import drive
from services.supervision.domain.commands.drive import (
    AppointDrivingTeam,
    AppointMonitoringCommittee,
    CarryResultsForward,
    HoldGoodPracticeExchange,
    ReportQualityProgress,
)
from services.supervision.domain.events import drive as ev

Decision = Any  # a pure decide function of the drive's history and one new event


def _year(esa: str, year: int) -> dict[str, Any]:
    return {"esa": esa, "province": esa_province(esa), "academic_year": year}


def _placed(fields: dict[str, Any], rows: str, schools: dict[str, SchoolPlace]) -> dict[str, Any]:
    """The command's rows, each with its school's cluster (what readers narrow by)."""
    for row in fields[rows]:
        row["cluster"] = schools[row["school"]].cluster
    return fields


async def _run(
    runner: CommandRunner,
    meta: CommandMeta,
    event: ev.DriveEvent,
    decide: Decision,
    fields: set[str],
) -> CommandOutcome:
    stream = drive.drive_stream(event.esa, event.academic_year)
    return await runner.run(
        StreamTarget(event.esa, event.province, stream),
        meta,
        lambda h: decide(h, event),
        describe=latest(type(event), {"esa", "academic_year", *fields}),
    )


async def appoint_team(
    runner: CommandRunner, meta: CommandMeta, where: tuple[str, int], c: AppointDrivingTeam
) -> CommandOutcome:
    team = ev.QualityDrivingTeamAppointed(**_year(*where), **c.model_dump(mode="json"))
    return await _run(runner, meta, team, drive.appoint_team, {"order_no", "appointed_on"})


async def appoint_committee(
    runner: CommandRunner, meta: CommandMeta, where: tuple[str, int], c: AppointMonitoringCommittee
) -> CommandOutcome:
    body = ev.MonitoringCommitteeAppointed(**_year(*where), **c.model_dump(mode="json"))
    fields = {"body", "order_no", "appointed_on"}
    return await _run(runner, meta, body, drive.appoint_committee, fields)


async def report_progress(
    runner: CommandRunner,
    meta: CommandMeta,
    where: tuple[str, int],
    schools: dict[str, SchoolPlace],
    c: ReportQualityProgress,
) -> CommandOutcome:
    fields = _placed(c.model_dump(mode="json"), "schools", schools)
    report = ev.QualityProgressReported(**_year(*where), report_id=new_id(), round=1, **fields)
    return await _run(runner, meta, report, drive.report_progress, {"report_id", "round"})


async def hold_exchange(
    runner: CommandRunner,
    meta: CommandMeta,
    where: tuple[str, int],
    schools: dict[str, SchoolPlace],
    c: HoldGoodPracticeExchange,
) -> CommandOutcome:
    fields = _placed(c.model_dump(mode="json"), "practices", schools)
    held = ev.GoodPracticeExchangeHeld(**_year(*where), exchange_id=new_id(), **fields)
    return await _run(runner, meta, held, drive.hold_exchange, {"exchange_id", "held_on"})


async def carry_forward(
    runner: CommandRunner, meta: CommandMeta, where: tuple[str, int], c: CarryResultsForward
) -> CommandOutcome:
    carried = ev.QualityResultsCarriedForward(
        **_year(*where), next_year=where[1] + 1, revision=1, **c.model_dump(mode="json")
    )
    fields = {"next_year", "revision", "priorities", "focus_schools"}
    return await _run(runner, meta, carried, drive.carry_forward, fields)
