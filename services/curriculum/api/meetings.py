"""Committee meetings: a provincial committee's under its province, the national policy
committee's under /v1/nation. Scheduling and the agenda are the committee's own work; the
meeting pages show each agenda item with the decisions taken on it at that meeting, to the
province's people other than schools (the nation's: national roles)."""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.place import Place, esa_province
from kit.auth.principal import Role
from kit.errors import NotFound
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections import meetings as views
from services.curriculum.api.answers_committees import Meeting, MeetingChanged
from services.curriculum.api.deps import (
    NOT_SCHOOL,
    CurriculumDep,
    MeetingId,
    Province,
    YearFilter,
    acting_role,
    require_over,
    require_reader,
)
from services.curriculum.application import committees
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.commands.committees import (
    AddCaseToAgenda,
    ScheduleMeeting,
    ScheduleProvincialMeeting,
)
from services.curriculum.domain.reference import NATION, Committee

router = APIRouter(prefix="/v1", tags=["committee meetings"])
POLICY = Committee.POLICY_COMMITTEE


def _place(tenant: str) -> Place:
    return Place() if tenant == NATION else Place.of_province(tenant)


@router.post("/provinces/{province}/curriculum-meetings", status_code=201)
async def schedule_provincial(
    province: Province, command: ScheduleProvincialMeeting, call: Call, c: CurriculumDep
) -> MeetingChanged:
    """Schedule a meeting of the province's academic subcommittee or driving committee."""
    committee = Committee(command.committee)
    return await _schedule(committee, province, command, call, c)


@router.post("/nation/curriculum-meetings", status_code=201)
async def schedule_national(
    command: ScheduleMeeting, call: Call, c: CurriculumDep
) -> MeetingChanged:
    """Schedule a meeting of the national policy committee."""
    return await _schedule(POLICY, NATION, command, call, c)


async def _schedule(
    committee: Committee, tenant: str, command: ScheduleMeeting, call: Call, c: Curriculum
) -> MeetingChanged:
    role = acting_role(call.principal, _place(tenant), {Role(committee.value)})
    meta = call.meta(role, command, province=tenant)
    outcome = await committees.schedule_meeting(c.commands, meta, committee, tenant, command)
    path = "nation" if tenant == NATION else f"provinces/{tenant}"
    location = f"/v1/{path}/curriculum-meetings/{outcome.answer['meeting_id']}"
    return call.answer(outcome, MeetingChanged, location=location)


@router.post("/provinces/{province}/curriculum-meetings/{meeting_id}/agenda")
async def add_provincial_item(
    province: Province, meeting_id: MeetingId, item: AddCaseToAgenda, call: Call, c: CurriculumDep
) -> MeetingChanged:
    """Put a case of the province that awaits this committee on the meeting's agenda."""
    if esa_province(item.esa) != province:
        raise NotFound(details={"esa": item.esa})
    return await _add_item(province, meeting_id, item, call, c)


@router.post("/nation/curriculum-meetings/{meeting_id}/agenda")
async def add_national_item(
    meeting_id: MeetingId, item: AddCaseToAgenda, call: Call, c: CurriculumDep
) -> MeetingChanged:
    """Put a forwarded type 3 case on a national policy committee meeting's agenda."""
    return await _add_item(NATION, meeting_id, item, call, c)


async def _add_item(
    tenant: str, meeting_id: str, item: AddCaseToAgenda, call: Call, c: Curriculum
) -> MeetingChanged:
    require_over(call.principal, _place(tenant), NOT_SCHOOL)
    meeting = await committees.meeting_at(c.commands, tenant, meeting_id)
    role = acting_role(call.principal, _place(tenant), {Role(meeting.committee.value)})
    meta = call.meta(role, item, meeting=meeting_id)
    outcome = await committees.add_to_agenda(c.commands, meta, tenant, meeting_id, item)
    return call.answer(outcome, MeetingChanged)


@router.get("/provinces/{province}/curriculum-meetings")
async def provincial_meetings(
    province: Province, c: CurriculumDep, principal: CurrentPrincipal, year: YearFilter = None
) -> list[Meeting]:
    """The province's committee meetings (newest first), with agendas and decisions."""
    require_reader(principal, Place.of_province(province), NOT_SCHOOL)
    return [Meeting.model_validate(m) for m in await views.meetings_of(c.views, province, year)]


@router.get("/nation/curriculum-meetings")
async def national_meetings(
    c: CurriculumDep, principal: CurrentPrincipal, year: YearFilter = None
) -> list[Meeting]:
    """The national policy committee's meetings (newest first), with agendas and decisions."""
    require_over(principal, Place(), NOT_SCHOOL)
    return [Meeting.model_validate(m) for m in await views.meetings_of(c.views, NATION, year)]


@router.get("/provinces/{province}/curriculum-meetings/{meeting_id}")
async def provincial_meeting(
    province: Province, meeting_id: MeetingId, c: CurriculumDep, principal: CurrentPrincipal
) -> Meeting:
    """One provincial meeting: its agenda, and per case the decisions taken at it."""
    require_reader(principal, Place.of_province(province), NOT_SCHOOL)
    return Meeting.model_validate(await views.meeting_of(c.views, province, meeting_id))


@router.get("/nation/curriculum-meetings/{meeting_id}")
async def national_meeting(
    meeting_id: MeetingId, c: CurriculumDep, principal: CurrentPrincipal
) -> Meeting:
    """One national meeting: its agenda, and per case the decisions taken at it."""
    require_over(principal, Place(), NOT_SCHOOL)
    return Meeting.model_validate(await views.meeting_of(c.views, NATION, meeting_id))
