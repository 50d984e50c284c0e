"""Committee meetings: a provincial committee's under its province, the national policy
committee's under /v1/nation. Scheduling and the agenda are the committee's own work; the
meeting pages show each agenda item with the decisions taken on it at that meeting."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from kit.auth.principal import Principal, Role, esa_province
from kit.errors import Forbidden, NotFound
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from kit.readmodel.docs import public
from services.curriculum.api import schemas
from services.curriculum.api.deps import (
    NOT_SCHOOL,
    CurriculumDep,
    MeetingId,
    YearFilter,
    require_nation,
)
from services.curriculum.application import committees
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.reference import NATION, Committee

router = APIRouter(prefix="/v1", tags=["committee meetings"])
POLICY = {Role.POLICY_COMMITTEE}


def _require_provincial_reader(principal: Principal, province: str) -> None:
    """The province's people read its committees' meetings (schools do not)."""
    principal.require_province(province)
    if not any(
        g.role in NOT_SCHOOL and (g.covers_province(province) or g.province == province)
        for g in principal.grants
    ):
        raise Forbidden()


@router.post("/provinces/{province}/curriculum-meetings", status_code=201)
async def schedule_provincial(
    province: str,
    body: schemas.ProvincialMeetingRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Schedule a meeting of the province's academic subcommittee or driving committee."""
    role = Role(body.committee)
    principal.require_province(province, {role})
    return await _schedule(
        Committee(body.committee), province, body, c, principal, role, response, key
    )


@router.post("/nation/curriculum-meetings", status_code=201)
async def schedule_national(
    body: schemas.MeetingDetails,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Schedule a meeting of the national policy committee."""
    require_nation(principal, POLICY)
    committee = Committee.POLICY_COMMITTEE
    return await _schedule(
        committee, NATION, body, c, principal, Role.POLICY_COMMITTEE, response, key
    )


async def _schedule(
    committee: Committee,
    province: str,
    body: schemas.MeetingDetails,
    c: Curriculum,
    principal: Principal,
    role: Role,
    response: Response,
    key: str | None,
) -> dict[str, Any]:
    payload = {"province": province, "body": body.model_dump(mode="json")}
    meta = command_meta(principal, role, "schedule_meeting", payload, key)
    details = body.model_dump(include={"meets_on", "title", "number", "location"})
    outcome = await committees.schedule_meeting(c.commands, meta, committee, province, **details)
    return command_answer(outcome, response)


@router.post("/provinces/{province}/curriculum-meetings/{meeting_id}/agenda")
async def add_provincial_item(
    province: str,
    meeting_id: MeetingId,
    body: schemas.AgendaItemRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Put a case of the province that awaits this committee on the meeting's agenda."""
    principal.require_province(province)
    if esa_province(body.esa) != province:
        raise NotFound()
    return await _add_item(province, meeting_id, body, c, principal, response, key)


@router.post("/nation/curriculum-meetings/{meeting_id}/agenda")
async def add_national_item(
    meeting_id: MeetingId,
    body: schemas.AgendaItemRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Put a forwarded type 3 case on a national policy committee meeting's agenda."""
    require_nation(principal, POLICY)
    return await _add_item(NATION, meeting_id, body, c, principal, response, key)


async def _add_item(
    tenant: str,
    meeting_id: str,
    body: schemas.AgendaItemRequest,
    c: Curriculum,
    principal: Principal,
    response: Response,
    key: str | None,
) -> dict[str, Any]:
    meeting = await committees.meeting_at(c.commands, tenant, meeting_id)
    role = Role(meeting.committee.value)
    if tenant == NATION:
        require_nation(principal, {role})
    else:
        principal.require_province(tenant, {role})
    payload = {"meeting": meeting_id, "body": body.model_dump()}
    meta = command_meta(principal, role, "add_to_agenda", payload, key)
    outcome = await committees.add_to_agenda(
        c.commands, meta, tenant, meeting_id, body.esa, body.case_id
    )
    return command_answer(outcome, response)


@router.get("/provinces/{province}/curriculum-meetings")
async def provincial_meetings(
    province: str, c: CurriculumDep, principal: CurrentPrincipal, year: YearFilter = None
) -> list[dict[str, Any]]:
    """The province's committee meetings (newest first), with agendas and decisions."""
    _require_provincial_reader(principal, province)
    return await _meetings(c, province, year)


@router.get("/nation/curriculum-meetings")
async def national_meetings(
    c: CurriculumDep, principal: CurrentPrincipal, year: YearFilter = None
) -> list[dict[str, Any]]:
    """The national policy committee's meetings (newest first), with agendas and decisions."""
    require_nation(principal)
    return await _meetings(c, NATION, year)


@router.get("/provinces/{province}/curriculum-meetings/{meeting_id}")
async def provincial_meeting(
    province: str, meeting_id: MeetingId, c: CurriculumDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """One provincial meeting: its agenda, and per case the decisions taken at it."""
    _require_provincial_reader(principal, province)
    return await _meeting(c, province, meeting_id)


@router.get("/nation/curriculum-meetings/{meeting_id}")
async def national_meeting(
    meeting_id: MeetingId, c: CurriculumDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """One national meeting: its agenda, and per case the decisions taken at it."""
    require_nation(principal)
    return await _meeting(c, NATION, meeting_id)


async def _meetings(c: Curriculum, province: str, year: int | None) -> list[dict[str, Any]]:
    flt: dict[str, Any] = {"province": province} | ({"year": str(year)} if year else {})
    docs = await c.views.find("curriculum_meetings", flt)
    meetings = [_with_decisions(d) for d in docs if d.get("committee")]
    return sorted(meetings, key=lambda m: (m["meets_on"], m["meeting_id"]), reverse=True)


async def _meeting(c: Curriculum, province: str, meeting_id: str) -> dict[str, Any]:
    doc = await c.views.get("curriculum_meetings", f"meeting:{meeting_id}")
    if doc is None or doc.get("province") != province:
        raise NotFound("ไม่พบการประชุมนี้", "No such committee meeting.")
    return _with_decisions(doc)


def _with_decisions(doc: dict[str, Any]) -> dict[str, Any]:
    """Each agenda item with the decisions taken on it at this meeting."""
    meeting = public(doc)
    decisions = meeting.pop("decisions", {})
    meeting["agenda"] = [
        item | {"decisions": decisions.get(item["case_id"], [])}
        for item in sorted(meeting.get("agenda", []), key=lambda i: i["item_no"])
    ]
    return meeting
