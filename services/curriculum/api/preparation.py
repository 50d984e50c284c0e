"""The school's work on its case: document versions, base analysis, type, school board
approval, public hearing, submission and withdrawal. Only the school itself acts here; a
submission or withdrawal is the director's."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.commands import CommandMeta
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, ExpectedVersion, IdempotencyKey
from services.curriculum.api import schemas
from services.curriculum.api.deps import CaseId, CurriculumDep, actor, school_role
from services.curriculum.application.cases import run_on_case
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain import preparation, submission
from services.curriculum.domain.case import Actor, school_of
from services.curriculum.domain.reference import BANGKOK

router = APIRouter(prefix="/v1/esas/{esa}/curriculum-cases/{case_id}", tags=["curriculum cases"])
DIRECTOR = frozenset({Role.SCHOOL_DIRECTOR})


def _meta(
    principal: Principal,
    esa: str,
    case_id: str,
    name: str,
    payload: Any,
    key: str | None,
    expected: int | None,
    roles: frozenset[Role] = SCHOOL_ROLES,
) -> CommandMeta:
    role = school_role(principal, school_of(case_id), esa, roles)
    body = {"esa": esa, "case": case_id, "body": payload}
    return command_meta(principal, role, name, body, key, expected)


def _actor(principal: Principal, meta: CommandMeta, c: Curriculum) -> Actor:
    return actor(principal, Role(meta.actor_role), c)


@router.post("/documents")
async def add_document(
    esa: str,
    case_id: CaseId,
    body: schemas.DocumentVersionRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Add a document version (reference and content hash) while the case is with the school."""
    meta = _meta(principal, esa, case_id, "add_document", body.model_dump(), key, expected)
    outcome = await run_on_case(
        c.commands,
        meta,
        esa,
        case_id,
        lambda h: preparation.add_document(h, body.reference, body.content_hash, body.note),
    )
    return command_answer(outcome, response)


@router.put("/base-analysis")
async def record_analysis(
    esa: str,
    case_id: CaseId,
    body: schemas.BaseAnalysisRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Record the school's analysis of its base (ฐานทุน)."""
    meta = _meta(principal, esa, case_id, "record_analysis", body.model_dump(), key, expected)
    outcome = await run_on_case(
        c.commands,
        meta,
        esa,
        case_id,
        lambda h: preparation.record_analysis(
            h, body.summary, body.strengths, body.development_needs
        ),
    )
    return command_answer(outcome, response)


@router.put("/type")
async def change_type(
    esa: str,
    case_id: CaseId,
    body: schemas.TypeRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Declare another type (2 or 3); after a submission this restarts the committee route."""
    meta = _meta(principal, esa, case_id, "change_type", body.model_dump(), key, expected)
    outcome = await run_on_case(
        c.commands, meta, esa, case_id, lambda h: preparation.change_type(h, body.curriculum_type)
    )
    return command_answer(outcome, response)


@router.put("/school-board-approval")
async def record_board_approval(
    esa: str,
    case_id: CaseId,
    body: schemas.BoardApprovalRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Record the school board's approval (date and resolution) of the current version."""
    payload = body.model_dump(mode="json")
    meta = _meta(principal, esa, case_id, "record_board_approval", payload, key, expected)
    today = c.commands.now().astimezone(BANGKOK).date()
    outcome = await run_on_case(
        c.commands,
        meta,
        esa,
        case_id,
        lambda h: preparation.record_board_approval(h, body.approved_on, body.resolution, today),
    )
    return command_answer(outcome, response)


@router.put("/public-hearing")
async def record_hearing(
    esa: str,
    case_id: CaseId,
    body: schemas.PublicHearingRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Record the public hearing with the six partner groups (date, participants per group)."""
    payload = body.model_dump(mode="json")
    meta = _meta(principal, esa, case_id, "record_hearing", payload, key, expected)
    today = c.commands.now().astimezone(BANGKOK).date()
    outcome = await run_on_case(
        c.commands,
        meta,
        esa,
        case_id,
        lambda h: preparation.record_hearing(h, body.held_on, body.participants, today),
    )
    return command_answer(outcome, response)


@router.post("/submit")
async def submit(
    esa: str,
    case_id: CaseId,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Submit (or resubmit after a send-back) the case to its committee (the director)."""
    meta = _meta(principal, esa, case_id, "submit", None, key, expected, DIRECTOR)
    who = _actor(principal, meta, c)
    outcome = await run_on_case(c.commands, meta, esa, case_id, lambda h: submission.submit(h, who))
    return command_answer(outcome, response)


@router.post("/withdraw")
async def withdraw(
    esa: str,
    case_id: CaseId,
    body: schemas.WithdrawRequest,
    c: CurriculumDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Withdraw the case before its final decision (the director)."""
    meta = _meta(principal, esa, case_id, "withdraw", body.model_dump(), key, expected, DIRECTOR)
    who = _actor(principal, meta, c)
    outcome = await run_on_case(
        c.commands, meta, esa, case_id, lambda h: submission.withdraw(h, body.reason, who)
    )
    return command_answer(outcome, response)
