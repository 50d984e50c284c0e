"""Visit routes: record (also from an offline draft), read, revise, observe classrooms; the
school acknowledges or disputes; action items are verified at later visits; the lists of
action items and curriculum follow-ups."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query

from kit.auth.place import esa_province
from kit.auth.principal import Principal, Role
from kit.commands import StreamTarget
from kit.errors import NotFound
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.supervision.adapters import reading
from services.supervision.adapters.projections import visits as view
from services.supervision.api.access import SCHOOLS, SUPERVISORS, held_role, school_reader
from services.supervision.api.answers import (
    ItemVerifiedAnswer,
    ObservationAnswer,
    SchoolAnswerAnswer,
    VisitAnswer,
)
from services.supervision.api.answers_visits import ActionItem, FollowUp, Visit
from services.supervision.api.deps import (
    Esa,
    ItemId,
    SemesterQuery,
    SupervisionDep,
    VisitId,
    YearQuery,
)
from services.supervision.api.lists import school_records
from services.supervision.api.places import named_school
from services.supervision.application import visits
from services.supervision.domain.commands.visits import (
    AcknowledgeVisit,
    DisputeVisit,
    ObserveClassroom,
    RecordVisit,
    ReviseVisit,
    VerifyActionItem,
)

router = APIRouter(prefix="/v1/esas/{esa}", tags=["visits"])


def _target(esa: str, visit_id: str) -> StreamTarget:
    return visits.visit_target(esa, esa_province(esa), visit_id)


def _guard(principal: Principal, roles: frozenset[Role]) -> visits.Guard:
    return lambda place: principal.require_place(place, roles)


@router.post("/visits", status_code=201)
async def record_visit(
    esa: Esa, command: RecordVisit, call: Call, s: SupervisionDep
) -> VisitAnswer:
    """Record a visit to a school (supervisors of the school). A draft made offline keeps when
    it happened; sending the same draft again changes nothing."""
    school, role = await named_school(call.principal, s.lookups, esa, command.school, SUPERVISORS)
    meta = call.meta(role, command, esa=esa)
    outcome = await visits.record_visit(s.commands, meta, school, call.principal.subject, command)
    location = f"/v1/esas/{esa}/visits/{outcome.answer['visit_id']}"
    return call.answer(outcome, VisitAnswer, location)


@router.get("/visits")
async def list_visits(
    esa: Esa,
    year: YearQuery,
    semester: SemesterQuery,
    s: SupervisionDep,
    principal: CurrentPrincipal,
) -> list[Visit]:
    """Visits of a semester (a cluster's supervisor: its cluster's; a school: its own)."""
    flt = {"kind": "visit", "esa": esa, "year": str(year), "semester": str(semester)}
    return await school_records(s, principal, view.MODEL, flt, Visit)


@router.get("/visits/{visit_id}")
async def get_visit(
    esa: Esa, visit_id: VisitId, s: SupervisionDep, principal: CurrentPrincipal
) -> Visit:
    """One visit record with its revisions, observations, action items and the school's answer."""
    admits = school_reader(principal, esa)
    doc = await reading.document(s.views, view.MODEL, f"visit:{visit_id}", "visit")
    if doc is None or doc["esa"] != esa or not admits(doc):
        raise NotFound("ไม่พบบันทึกการนิเทศนี้", "No such visit record.")
    return Visit.model_validate(doc)


@router.patch("/visits/{visit_id}")
async def revise_visit(
    esa: Esa, visit_id: VisitId, command: ReviseVisit, call: Call, s: SupervisionDep
) -> VisitAnswer:
    """Revise a visit record from the revision you read; if it changed since, 409 shows what
    changed (nothing is overwritten)."""
    meta = call.meta(held_role(call.principal, esa, SUPERVISORS), command, esa=esa, visit=visit_id)
    guard = _guard(call.principal, SUPERVISORS)
    outcome = await visits.revise_visit(s.commands, meta, _target(esa, visit_id), guard, command)
    return call.answer(outcome, VisitAnswer)


@router.post("/visits/{visit_id}/observations", status_code=201)
async def observe_classroom(
    esa: Esa, visit_id: VisitId, command: ObserveClassroom, call: Call, s: SupervisionDep
) -> ObservationAnswer:
    """Record a classroom observation scored on a rubric version (4 levels per indicator)."""
    meta = call.meta(held_role(call.principal, esa, SUPERVISORS), command, esa=esa, visit=visit_id)
    guard = _guard(call.principal, SUPERVISORS)
    target = _target(esa, visit_id)
    outcome = await visits.observe_classroom(s.commands, meta, target, guard, command)
    return call.answer(outcome, ObservationAnswer)


@router.post("/visits/{visit_id}/acknowledgement")
async def acknowledge(
    esa: Esa, visit_id: VisitId, command: AcknowledgeVisit, call: Call, s: SupervisionDep
) -> SchoolAnswerAnswer:
    """The visited school acknowledges the record (the revision it read)."""
    meta = call.meta(held_role(call.principal, esa, SCHOOLS), command, esa=esa, visit=visit_id)
    guard = _guard(call.principal, SCHOOLS)
    outcome = await visits.acknowledge(s.commands, meta, _target(esa, visit_id), guard, command)
    return call.answer(outcome, SchoolAnswerAnswer)


@router.post("/visits/{visit_id}/dispute")
async def dispute(
    esa: Esa, visit_id: VisitId, command: DisputeVisit, call: Call, s: SupervisionDep
) -> SchoolAnswerAnswer:
    """The visited school disputes the record, with a comment."""
    meta = call.meta(held_role(call.principal, esa, SCHOOLS), command, esa=esa, visit=visit_id)
    guard = _guard(call.principal, SCHOOLS)
    outcome = await visits.dispute(s.commands, meta, _target(esa, visit_id), guard, command)
    return call.answer(outcome, SchoolAnswerAnswer)


@router.post("/visits/{visit_id}/action-items/{item_id}/verification")
async def verify_item(
    esa: Esa,
    visit_id: VisitId,
    item_id: ItemId,
    command: VerifyActionItem,
    call: Call,
    s: SupervisionDep,
) -> ItemVerifiedAnswer:
    """Verify an action item at a later visit to the same school; `done` closes it."""
    meta = call.meta(
        held_role(call.principal, esa, SUPERVISORS), command, esa=esa, visit=visit_id, item=item_id
    )
    guard = _guard(call.principal, SUPERVISORS)
    target = _target(esa, visit_id)
    outcome = await visits.verify_item(s.commands, meta, target, guard, item_id, command)
    return call.answer(outcome, ItemVerifiedAnswer)


@router.get("/action-items")
async def list_action_items(
    esa: Esa,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    status: Literal["open", "overdue", "done"] = Query(
        "overdue", description="open, overdue or done"
    ),
) -> list[ActionItem]:
    """Action items by status: open, overdue (past due and not done) or done."""
    flt = {"kind": "item", "esa": esa, "status": status}
    return await school_records(s, principal, view.MODEL, flt, ActionItem)


@router.get("/follow-ups")
async def list_follow_ups(
    esa: Esa, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[FollowUp]:
    """Follow-up supervisions scheduled because a school's curriculum was approved."""
    flt = {"kind": "followup", "esa": esa, "year": str(year)}
    return await school_records(s, principal, view.MODEL, flt, FollowUp)
