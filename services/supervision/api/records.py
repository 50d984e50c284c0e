"""ESA records: rubrics, training events, partners (form 7), dissemination (form 8), the SAR
synthesis; and the lists of action items and curriculum follow-ups."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from services.supervision.api import schemas_records as bodies
from services.supervision.api.deps import (
    PLANNERS,
    SUPERVISORS,
    SupervisionDep,
    YearQuery,
    reader,
    writer,
)
from services.supervision.application import queries, records
from services.supervision.application.views import RECORDS, VISITS, schools_in_esa

router = APIRouter(prefix="/v1/esas/{esa}", tags=["records"])
Code = Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")]


@router.put("/rubrics/{rubric_id}")
async def publish_rubric(
    esa: str,
    rubric_id: Code,
    body: bodies.RubricRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Publish a new version of a classroom-observation rubric (observations keep theirs)."""
    role = writer(principal, esa, SUPERVISORS)
    meta = command_meta(principal, role, "publish_rubric", body.model_dump(), key)
    indicators = [i.model_dump() for i in body.indicators]
    outcome = await records.publish_rubric(s.commands, meta, esa, rubric_id, body.title, indicators)
    return command_answer(outcome, response)


@router.get("/rubrics")
async def list_rubrics(
    esa: str, s: SupervisionDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """The ESA's rubrics with every version's indicators."""
    reader(principal, esa)
    return await queries.listing(s.views, RECORDS, {"kind": "rubric", "esa": esa}, None)


async def _record(
    kind: str, esa: str, body: Any, s: Any, principal: Any, response: Response, key: str | None
) -> dict[str, Any]:
    role = writer(principal, esa, SUPERVISORS)
    fields = body.model_dump()
    if fields.get("schools"):
        await schools_in_esa(s.views, esa, fields["schools"])
    meta = command_meta(principal, role, f"record_{kind}", body.model_dump(mode="json"), key)
    return command_answer(await records.record(s.commands, meta, esa, kind, fields), response)


@router.post("/trainings", status_code=201)
async def record_training(
    esa: str,
    body: bodies.TrainingRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record a personnel-development (training) event and its participants."""
    return await _record("training", esa, body, s, principal, response, key)


@router.post("/trainings/{training_id}/participants")
async def add_participants(
    esa: str,
    training_id: Code,
    body: bodies.ParticipantsRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Add participants to a training event (those already listed are kept once)."""
    role = writer(principal, esa, SUPERVISORS)
    meta = command_meta(principal, role, "add_participants", body.model_dump(), key)
    people = [p.model_dump() for p in body.participants]
    outcome = await records.add_participants(s.commands, meta, esa, training_id, people)
    return command_answer(outcome, response)


@router.post("/partnerships", status_code=201)
async def record_partnership(
    esa: str,
    body: bodies.PartnershipRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record cooperation with a public or private partner (form 7)."""
    return await _record("partnership", esa, body, s, principal, response, key)


@router.post("/disseminations", status_code=201)
async def record_dissemination(
    esa: str,
    body: bodies.DisseminationRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record a dissemination of media and innovation work (form 8)."""
    return await _record("dissemination", esa, body, s, principal, response, key)


async def _list(kind: str, esa: str, year: int, s: Any, principal: Any) -> list[dict[str, Any]]:
    reader(principal, esa)
    return await queries.listing(
        s.views, RECORDS, {"kind": kind, "esa": esa, "year": str(year)}, None
    )


@router.get("/trainings")
async def list_trainings(
    esa: str, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """The ESA's training events of a year, with participants."""
    return await _list("training", esa, year, s, principal)


@router.get("/partnerships")
async def list_partnerships(
    esa: str, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """The ESA's cooperations with partners of a year (form 7)."""
    return await _list("partnership", esa, year, s, principal)


@router.get("/disseminations")
async def list_disseminations(
    esa: str, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """The ESA's dissemination records of a year (form 8)."""
    return await _list("dissemination", esa, year, s, principal)


@router.post("/sar/{year}/synthesis")
async def record_synthesis(
    esa: str,
    year: Annotated[int, Path(ge=2560, le=2600)],
    body: bodies.SynthesisRequest,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Record the ESA's synthesis of its schools' accepted SARs for the year."""
    role = writer(principal, esa, PLANNERS)
    meta = command_meta(principal, role, "record_synthesis", body.model_dump(mode="json"), key)
    outcome = await records.record_synthesis(
        s.commands, meta, s.views, esa, year, body.model_dump()
    )
    return command_answer(outcome, response)


@router.get("/action-items")
async def list_action_items(
    esa: str,
    s: SupervisionDep,
    principal: CurrentPrincipal,
    status: Annotated[str, Query(pattern="^(open|overdue|done)$")] = "overdue",
) -> list[dict[str, Any]]:
    """Action items by status: open, overdue (past due and not done) or done."""
    school = reader(principal, esa)
    flt = {"kind": "item", "esa": esa, "status": status}
    return await queries.listing(s.views, VISITS, flt, school)


@router.get("/follow-ups")
async def list_follow_ups(
    esa: str, year: YearQuery, s: SupervisionDep, principal: CurrentPrincipal
) -> list[dict[str, Any]]:
    """Follow-up supervisions scheduled because a school's curriculum was approved."""
    school = reader(principal, esa)
    flt = {"kind": "followup", "esa": esa, "year": str(year)}
    return await queries.listing(s.views, VISITS, flt, school)
