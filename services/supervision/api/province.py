"""A province's own records (sandbox manual): the provincial SAR cycle (item 6) and the
supervision committee (item 7.1). The provincial driving committee briefs, issues guidelines,
appoints and decides; a member of the appointed synthesis committee records its synthesis;
the provincial education office reports. Everyone of the province reads them."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter

from kit.auth.place import Place
from kit.auth.principal import Principal, Role
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.supervision.adapters import reading
from services.supervision.adapters.projections import provinces as view
from services.supervision.api.access import DRIVING, OFFICERS, acting_role, province_reader
from services.supervision.api.answers import CycleAnswer, SupervisionCommitteeAnswer
from services.supervision.api.answers_steps import SarCycle, SupervisionCommittee
from services.supervision.api.deps import PathYear, Province, SupervisionDep, known_province
from services.supervision.application import province as provincial
from services.supervision.application.schools import schools_in_province
from services.supervision.domain.commands.province import (
    AppointSarSynthesisCommittee,
    AppointSupervisionCommittee,
    DecideProvincialSarSynthesis,
    HoldSarBriefing,
    IssueProvincialSarReport,
    IssueSarGuidelines,
    RecordProvincialSarSynthesis,
)

router = APIRouter(prefix="/v1/provinces/{province}", tags=["province"])
SAR = "/sar/{year}"
Where = tuple[str, int]


def _as(principal: Principal, code: str, roles: frozenset[Role]) -> Role:
    return acting_role(principal, Place.of_province(code), roles)


def _member(principal: Principal, code: str) -> Role:
    """Anyone of the province may be named in the committee (the decision checks the name):
    the role they hold there."""
    province_reader(principal, code)
    place = Place.of_province(code)
    return next(g.role for g in principal.grants if g.covers(place) or g.within(place))


async def _driving(
    call: Call, s: SupervisionDep, where: Where, command: Any, handle: Any
) -> CycleAnswer:
    """A driving committee's command on the cycle, answered with the step it reached."""
    role = _as(call.principal, where[0], DRIVING)
    meta = call.meta(role, command, province=where[0], year=where[1])
    return call.answer(await handle(s.commands, meta, where, command), CycleAnswer)


@router.post(f"{SAR}/briefings", status_code=201)
async def hold_briefing(
    province: Province, year: PathYear, command: HoldSarBriefing, call: Call, s: SupervisionDep
) -> CycleAnswer:
    """Record a briefing of school directors and teachers on the quality assurance system
    (6.1; the provincial driving committee)."""
    schools = await schools_in_province(s.lookups, province, list(command.schools))
    handle = partial(provincial.hold_briefing, schools=schools)
    return await _driving(call, s, (province, year), command, handle)


@router.put(f"{SAR}/guidelines")
async def issue_guidelines(
    province: Province, year: PathYear, command: IssueSarGuidelines, call: Call, s: SupervisionDep
) -> CycleAnswer:
    """Issue the SAR guidelines for the pilot schools (6.2); a new version supersedes."""
    handle = provincial.issue_guidelines
    return await _driving(call, s, (province, year), command, handle)


@router.put(f"{SAR}/committee")
async def appoint_committee(
    province: Province,
    year: PathYear,
    command: AppointSarSynthesisCommittee,
    call: Call,
    s: SupervisionDep,
) -> CycleAnswer:
    """Appoint the committee that synthesises the SARs (6.3); members who record its work are
    named by their person id."""
    handle = provincial.appoint_committee
    return await _driving(call, s, (province, year), command, handle)


@router.post(f"{SAR}/synthesis")
async def record_synthesis(
    province: Province,
    year: PathYear,
    command: RecordProvincialSarSynthesis,
    call: Call,
    s: SupervisionDep,
) -> CycleAnswer:
    """Record the committee's synthesis of the ESAs' SAR syntheses (a member of the appointed
    committee); it then awaits the driving committee's decision."""
    meta = call.meta(_member(call.principal, province), command, province=province, year=year)
    where = (province, year)
    outcome = await provincial.record_synthesis(s.commands, meta, s.lookups, where, command)
    return call.answer(outcome, CycleAnswer)


@router.post(f"{SAR}/synthesis/decision")
async def decide_synthesis(
    province: Province,
    year: PathYear,
    command: DecideProvincialSarSynthesis,
    call: Call,
    s: SupervisionDep,
) -> CycleAnswer:
    """Approve the synthesis (6.4), or return it to the committee with reasons."""
    handle = provincial.decide_synthesis
    return await _driving(call, s, (province, year), command, handle)


@router.put(f"{SAR}/report")
async def issue_report(
    province: Province,
    year: PathYear,
    command: IssueProvincialSarReport,
    call: Call,
    s: SupervisionDep,
) -> CycleAnswer:
    """Summarise and report the approved synthesis (6.5; the provincial education office)."""
    role = _as(call.principal, province, OFFICERS)
    meta = call.meta(role, command, province=province, year=year)
    outcome = await provincial.issue_report(s.commands, meta, (province, year), command)
    return call.answer(outcome, CycleAnswer)


@router.get(SAR)
async def get_cycle(
    province: Province, year: PathYear, s: SupervisionDep, principal: CurrentPrincipal
) -> SarCycle:
    """The province's SAR cycle of the year: the step reached and every record of it."""
    province_reader(principal, province)
    await known_province(s, province)
    key = view.province_key("sar", province, year)
    doc = await reading.document(s.views, view.MODEL, key, "sar")
    return SarCycle.model_validate(doc or {"province": province, "year": year})


@router.put("/supervision-committee/{year}")
async def appoint_supervision_committee(
    province: Province,
    year: PathYear,
    command: AppointSupervisionCommittee,
    call: Call,
    s: SupervisionDep,
) -> SupervisionCommitteeAnswer:
    """Appoint the committee that supervises and follows up the schools to help them (7.1;
    the provincial driving committee). A new order supersedes."""
    meta = call.meta(_as(call.principal, province, DRIVING), command, province=province, year=year)
    schools = await schools_in_province(s.lookups, province, list(command.schools))
    where = (province, year)
    outcome = await provincial.appoint_supervision_committee(
        s.commands, meta, where, schools, command
    )
    return call.answer(outcome, SupervisionCommitteeAnswer)


@router.get("/supervision-committee/{year}")
async def get_supervision_committee(
    province: Province, year: PathYear, s: SupervisionDep, principal: CurrentPrincipal
) -> SupervisionCommittee:
    """The province's supervision committee of the year (empty until appointed)."""
    province_reader(principal, province)
    await known_province(s, province)
    key = view.province_key("committee", province, year)
    doc = await reading.document(s.views, view.MODEL, key, "committee")
    return SupervisionCommittee.model_validate(doc or {"province": province, "year": year})
