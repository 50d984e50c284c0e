"""Committee decisions on a case: screening, the provincial decision, the national decision,
and a committee reversing its own latest decision."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from kit.auth.principal import Principal, esa_province
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, ExpectedVersion, IdempotencyKey
from services.curriculum.api import schemas
from services.curriculum.api.deps import CaseId, CurriculumDep, actor, committee_role
from services.curriculum.application import committees
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.decisions import DecisionRequest
from services.curriculum.domain.reference import Committee

router = APIRouter(prefix="/v1/esas/{esa}/curriculum-cases/{case_id}", tags=["committees"])


async def _decide(
    committee: Committee,
    esa: str,
    case_id: str,
    body: schemas.DecisionBody,
    c: Curriculum,
    principal: Principal,
    response: Response,
    key: str | None,
    expected: int | None,
) -> dict[str, Any]:
    role = committee_role(principal, esa, committee)
    payload = {"esa": esa, "case": case_id, "body": body.model_dump(mode="json")}
    meta = command_meta(principal, role, f"decide_{committee.value}", payload, key, expected)
    meeting = await committees.meeting_named(
        c.commands, committee, esa_province(esa), body.meeting_id
    )
    request = DecisionRequest(
        committee=committee,
        outcome=body.outcome,
        reason=body.reason,
        required_changes=tuple(body.required_changes),
        meeting=meeting,
        document_version=body.document_version,
    )
    who = actor(principal, role, c)
    outcome = await committees.decide(c.commands, meta, esa, case_id, request, who)
    return command_answer(outcome, response)


@router.post("/screening")
async def screen(
    esa: str,
    case_id: CaseId,
    body: schemas.ScreeningRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """The provincial academic subcommittee passes the case or sends it back with reasons."""
    committee = Committee.ACADEMIC_SUBCOMMITTEE
    return await _decide(committee, esa, case_id, body, c, principal, response, key, expected)


@router.post("/provincial-decision")
async def decide_provincially(
    esa: str,
    case_id: CaseId,
    body: schemas.ProvincialDecisionRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """The driving committee approves, rejects or sends back type 2; forwards or sends back type 3."""
    committee = Committee.DRIVING_COMMITTEE
    return await _decide(committee, esa, case_id, body, c, principal, response, key, expected)


@router.post("/national-decision")
async def decide_nationally(
    esa: str,
    case_id: CaseId,
    body: schemas.NationalDecisionRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """The national policy committee approves, rejects or sends back a forwarded type 3 case."""
    committee = Committee.POLICY_COMMITTEE
    return await _decide(committee, esa, case_id, body, c, principal, response, key, expected)


@router.post("/reversals")
async def reverse(
    esa: str,
    case_id: CaseId,
    body: schemas.ReversalRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """A committee reverses its own latest decision (a new event; nothing is erased)."""
    committee = Committee(body.committee)
    role = committee_role(principal, esa, committee)
    payload = {"esa": esa, "case": case_id, "body": body.model_dump(mode="json")}
    meta = command_meta(principal, role, "reverse_decision", payload, key, expected)
    meeting = await committees.meeting_named(
        c.commands, committee, esa_province(esa), body.meeting_id
    )
    who = actor(principal, role, c)
    outcome = await committees.reverse(
        c.commands, meta, esa, case_id, committee, body.decision_no, body.reason, who, meeting
    )
    return command_answer(outcome, response)
