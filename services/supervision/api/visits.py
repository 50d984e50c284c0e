"""Visit routes: record (also from an offline draft), read, revise, observe classrooms; the
school acknowledges or disputes; action items are verified at later visits."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from kit.auth.principal import esa_province
from kit.commands import StreamTarget
from kit.errors import NotFound
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from kit.ids import new_id
from services.supervision.api import schemas
from services.supervision.api.deps import SUPERVISORS, SupervisionDep, own_school, reader, writer
from services.supervision.application import queries, visits
from services.supervision.application.views import school_in_esa

router = APIRouter(prefix="/v1/esas/{esa}/visits", tags=["visits"])
CONTENT = (
    "mode",
    "focus",
    "policies",
    "project",
    "findings",
    "recommendations",
    "action_items",
    "evidence",
    "planned_visit_id",
    "follow_up_id",
    "drafted_at",
)


def _target(esa: str, visit_id: str) -> StreamTarget:
    return visits.visit_target(esa, esa_province(esa), visit_id)


@router.post("", status_code=201)
async def record_visit(
    esa: str,
    body: schemas.RecordVisitRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record a visit to a school of the ESA (supervisors). A draft made offline keeps when it
    happened; sending the same draft again changes nothing."""
    role = writer(principal, esa, SUPERVISORS)
    school = await school_in_esa(s.views, esa, body.school)
    payload = body.model_dump(mode="json")
    meta = command_meta(principal, role, "record_visit", {"esa": esa, **payload}, key)
    outcome = await visits.record_visit(
        s.commands,
        meta,
        school,
        body.visit_id or new_id(),
        principal.subject,
        body.occurred_at,
        body.model_dump(include=set(CONTENT)),
    )
    return command_answer(outcome, response)


@router.get("")
async def list_visits(
    esa: str,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    year: Annotated[int, Query(ge=2500, le=2700)],
    semester: Annotated[int, Query(ge=1, le=2)],
) -> list[dict[str, Any]]:
    """Visits of the ESA in a semester (a school sees its own)."""
    school = reader(principal, esa)
    flt = {"kind": "visit", "esa": esa, "year": str(year), "semester": str(semester)}
    return await queries.listing(s.views, "supervision_visits", flt, school)


@router.get("/{visit_id}")
async def get_visit(
    esa: str, visit_id: str, s: SupervisionDep, principal: CurrentPrincipal
) -> dict[str, Any]:
    """One visit record with its revisions, observations, action items and the school's answer."""
    school = reader(principal, esa)
    doc = await queries.visit(s.views, visit_id)
    if doc is None or doc["esa"] != esa or school not in (None, doc["school"]):
        raise NotFound()
    return doc


@router.patch("/{visit_id}")
async def revise_visit(
    esa: str,
    visit_id: str,
    body: schemas.ReviseVisitRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Revise a visit record from the revision you read; if it changed since, 409 shows what
    changed (nothing is overwritten)."""
    role = writer(principal, esa, SUPERVISORS)
    changes = body.model_dump(
        mode="json", exclude_none=True, exclude={"base_revision", "add_action_items"}
    )
    meta = command_meta(principal, role, "revise_visit", body.model_dump(mode="json"), key)
    outcome = await visits.revise_visit(
        s.commands,
        meta,
        _target(esa, visit_id),
        body.base_revision,
        changes,
        [i.model_dump() for i in body.add_action_items],
    )
    return command_answer(outcome, response)


@router.post("/{visit_id}/observations", status_code=201)
async def observe_classroom(
    esa: str,
    visit_id: str,
    body: schemas.ObserveClassroomRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record a classroom observation scored on a rubric version (4 levels per indicator)."""
    role = writer(principal, esa, SUPERVISORS)
    meta = command_meta(principal, role, "observe_classroom", body.model_dump(mode="json"), key)
    observation = body.model_dump(exclude={"rubric_id", "rubric_version"})
    outcome = await visits.observe_classroom(
        s.commands, meta, _target(esa, visit_id), body.rubric_id, body.rubric_version, observation
    )
    return command_answer(outcome, response)


@router.post("/{visit_id}/acknowledgement")
async def acknowledge(
    esa: str,
    visit_id: str,
    body: schemas.AcknowledgeRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """The visited school acknowledges the record (the revision it read)."""
    school, role = own_school(principal, esa)
    meta = command_meta(principal, role, "acknowledge_visit", body.model_dump(), key)
    outcome = await visits.acknowledge(
        s.commands, meta, _target(esa, visit_id), school, body.revision
    )
    return command_answer(outcome, response)


@router.post("/{visit_id}/dispute")
async def dispute(
    esa: str,
    visit_id: str,
    body: schemas.DisputeRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """The visited school disputes the record, with a comment."""
    school, role = own_school(principal, esa)
    meta = command_meta(principal, role, "dispute_visit", body.model_dump(), key)
    outcome = await visits.dispute(
        s.commands, meta, _target(esa, visit_id), school, body.revision, body.comment
    )
    return command_answer(outcome, response)


@router.post("/{visit_id}/action-items/{item_id}/verification")
async def verify_item(
    esa: str,
    visit_id: str,
    item_id: str,
    body: schemas.VerifyItemRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Verify an action item at a later visit to the same school; `done` closes it."""
    role = writer(principal, esa, SUPERVISORS)
    meta = command_meta(principal, role, "verify_item", {"item": item_id, **body.model_dump()}, key)
    outcome = await visits.verify_item(
        s.commands, meta, _target(esa, visit_id), item_id, body.at_visit_id, body.outcome, body.note
    )
    return command_answer(outcome, response)
