"""An ESA's drive for 4Q quality in a year (TUMHOME plus INNO): the driving team (T), the
ก.ต.ป.น./อ.ก.ต.ป.น. committee and its progress reports (M.3), good-practice exchanges (E.3),
the results carried into next year's plan (E.4). The ESA director appoints; supervisors and
the director record the rest; the ESA's staff read it. (The baseline, U, is a school's: see
school_year.)"""

from __future__ import annotations

from fastapi import APIRouter

from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.supervision.adapters import reading
from services.supervision.adapters.projections import drive as view
from services.supervision.api.access import DIRECTORS, PLANNERS, office
from services.supervision.api.answers import (
    AppointedAnswer,
    CarriedForwardAnswer,
    CommitteeAppointedAnswer,
    ExchangeAnswer,
    ProgressReportedAnswer,
)
from services.supervision.api.answers_steps import QualityDrive
from services.supervision.api.deps import Esa, PathYear, SupervisionDep, known_esa
from services.supervision.api.places import named_schools
from services.supervision.application import drive
from services.supervision.domain.commands.drive import (
    AppointDrivingTeam,
    AppointMonitoringCommittee,
    CarryResultsForward,
    HoldGoodPracticeExchange,
    ReportQualityProgress,
)

router = APIRouter(prefix="/v1/esas/{esa}/quality-drive/{year}", tags=["4Q quality drive"])


@router.put("/team")
async def appoint_team(
    esa: Esa, year: PathYear, command: AppointDrivingTeam, call: Call, s: SupervisionDep
) -> AppointedAnswer:
    """Appoint the driving team for 4Q quality with members from every sector (step T; the
    ESA director). A new order supersedes the last."""
    meta = call.meta(office(call.principal, esa, DIRECTORS), command, esa=esa, year=year)
    outcome = await drive.appoint_team(s.commands, meta, (esa, year), command)
    return call.answer(outcome, AppointedAnswer)


@router.put("/committee")
async def appoint_committee(
    esa: Esa, year: PathYear, command: AppointMonitoringCommittee, call: Call, s: SupervisionDep
) -> CommitteeAppointedAnswer:
    """Record the order of the ก.ต.ป.น. or its อ.ก.ต.ป.น. that follows the schools' 4Q
    progress (step M.3; the ESA director)."""
    meta = call.meta(office(call.principal, esa, DIRECTORS), command, esa=esa, year=year)
    outcome = await drive.appoint_committee(s.commands, meta, (esa, year), command)
    return call.answer(outcome, CommitteeAppointedAnswer)


@router.post("/progress-reports", status_code=201)
async def report_progress(
    esa: Esa, year: PathYear, command: ReportQualityProgress, call: Call, s: SupervisionDep
) -> ProgressReportedAnswer:
    """Record the committee's progress report on the schools, per dimension (step M.3;
    supervisors and the ESA director, for the committee)."""
    role = office(call.principal, esa, PLANNERS)
    codes = [row.school for row in command.schools]
    schools = await named_schools(call.principal, s.lookups, esa, codes, PLANNERS)
    meta = call.meta(role, command, esa=esa, year=year)
    outcome = await drive.report_progress(s.commands, meta, (esa, year), schools, command)
    return call.answer(outcome, ProgressReportedAnswer)


@router.post("/exchanges", status_code=201)
async def hold_exchange(
    esa: Esa, year: PathYear, command: HoldGoodPracticeExchange, call: Call, s: SupervisionDep
) -> ExchangeAnswer:
    """Record a good-practice exchange and the schools' practices presented (step E.3)."""
    role = office(call.principal, esa, PLANNERS)
    codes = [p.school for p in command.practices]
    schools = await named_schools(call.principal, s.lookups, esa, codes, PLANNERS)
    meta = call.meta(role, command, esa=esa, year=year)
    outcome = await drive.hold_exchange(s.commands, meta, (esa, year), schools, command)
    return call.answer(outcome, ExchangeAnswer)


@router.put("/carry-forward")
async def carry_forward(
    esa: Esa, year: PathYear, command: CarryResultsForward, call: Call, s: SupervisionDep
) -> CarriedForwardAnswer:
    """Put the year's results into next year's plan: lessons, the dimensions to put first and
    the schools to develop urgently (step E.4); a later one supersedes."""
    role = office(call.principal, esa, PLANNERS)
    await named_schools(call.principal, s.lookups, esa, list(command.focus_schools), PLANNERS)
    meta = call.meta(role, command, esa=esa, year=year)
    outcome = await drive.carry_forward(s.commands, meta, (esa, year), command)
    return call.answer(outcome, CarriedForwardAnswer)


@router.get("")
async def get_drive(
    esa: Esa, year: PathYear, s: SupervisionDep, principal: CurrentPrincipal
) -> QualityDrive:
    """The year's drive: team, committees, progress reports (each school's latest statuses),
    exchanges, what it carries into next year and what the year before carried into it."""
    office(principal, esa)
    await known_esa(s, esa)
    doc = await reading.document(s.views, view.MODEL, view.drive_key(esa, year), "drive")
    return QualityDrive.model_validate(doc or {"esa": esa, "year": year})
