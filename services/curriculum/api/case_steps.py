"""The steps on an open case as one table, and one route factory that makes each a route of a
few lines: the command is the body, the caller must hold one of the step's roles over the
case's school (404 outside scope, 403 with another role), the answer is the case's identity
and stage (`CaseStep`), the stream version goes in ETag.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import APIRouter

from kit.auth.principal import SCHOOL_ROLES, Role
from kit.http.commands import CommandCall
from services.curriculum.api.answers import CaseStep
from services.curriculum.api.command_routes import Route, add_command_route
from services.curriculum.api.deps import (
    DIRECTOR,
    CaseId,
    Esa,
    acting_role,
    actor,
    school_place,
)
from services.curriculum.application import case_steps
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.case import school_of
from services.curriculum.domain.commands import cases as cc
from services.curriculum.domain.commands import committees as kc
from services.curriculum.domain.commands.base import Command

Roles = Callable[[Command], frozenset[Role]]


def school(_: Command) -> frozenset[Role]:
    return SCHOOL_ROLES


def director(_: Command) -> frozenset[Role]:
    return DIRECTOR


def committee(command: Command) -> frozenset[Role]:
    """The committee that gives the decision (or reverses its own)."""
    given_by = case_steps.committee_of(command)
    return frozenset({Role(given_by.value)}) if given_by else frozenset()


@dataclass(frozen=True)
class Step:
    method: str
    path: str
    command: type[Command]
    roles: Roles
    doc: str  # the route's description in the API documentation

    @property
    def tag(self) -> str:
        return "committees" if self.roles is committee else "curriculum cases"


STEPS = [
    Step(
        "POST",
        "/documents",
        cc.AddDocumentVersion,
        school,
        "Add a document version (reference and content hash) while the case is with the school.",
    ),
    Step(
        "PUT",
        "/base-analysis",
        cc.RecordBaseAnalysis,
        school,
        "Record the school's analysis of its base (ฐานทุน).",
    ),
    Step(
        "PUT",
        "/type",
        cc.ChangeCurriculumType,
        school,
        "Declare another type (2 or 3); after a submission this restarts the committee route.",
    ),
    Step(
        "PUT",
        "/school-board-approval",
        cc.RecordSchoolBoardApproval,
        school,
        "Record the school board's approval (date and resolution) of the current version.",
    ),
    Step(
        "PUT",
        "/public-hearing",
        cc.RecordPublicHearing,
        school,
        "Record the public hearing with the six partner groups (date, participants per group).",
    ),
    Step(
        "POST",
        "/submit",
        cc.SubmitCurriculum,
        director,
        "Submit (or resubmit after a send-back) the case to its committee (the director).",
    ),
    Step(
        "POST",
        "/withdraw",
        cc.WithdrawCase,
        director,
        "Withdraw the case before its final decision (the director).",
    ),
    Step(
        "POST",
        "/screening",
        kc.ScreenCurriculum,
        committee,
        "The provincial academic subcommittee passes the case or sends it back with reasons.",
    ),
    Step(
        "POST",
        "/provincial-decision",
        kc.DecideProvincially,
        committee,
        "The driving committee approves, rejects or sends back type 2; forwards or sends back "
        "type 3.",
    ),
    Step(
        "POST",
        "/national-decision",
        kc.DecideNationally,
        committee,
        "The national policy committee approves, rejects or sends back a forwarded type 3 case.",
    ),
    Step(
        "POST",
        "/reversals",
        kc.ReverseDecision,
        committee,
        "A committee reverses its own latest decision (a new event; nothing is erased).",
    ),
]


async def take_step(
    step: Step, esa: str, case_id: str, command: Command, call: CommandCall, c: Curriculum
) -> CaseStep:
    place = await school_place(c, esa, school_of(case_id))
    role = acting_role(call.principal, place, step.roles(command))
    meta = call.meta(role, command, esa=esa, case=case_id)
    who = actor(call.principal, role, c)
    outcome = await case_steps.run_step(c.commands, meta, esa, case_id, command, who)
    return call.answer(outcome, CaseStep)


router = APIRouter(prefix="/v1/esas/{esa}/curriculum-cases/{case_id}")
for _step in STEPS:
    add_command_route(
        router,
        Route(
            _step.method,
            _step.path,
            _step.command,
            CaseStep,
            _step.doc,
            path_params=[("esa", Esa), ("case_id", CaseId)],
            tags=[_step.tag],
        ),
        functools.partial(take_step, _step),
    )
