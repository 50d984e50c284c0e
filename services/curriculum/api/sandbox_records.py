"""A pilot school's records under the sandbox laws, per academic year: donations, the
innovation subsidy and spending on learning materials (the director), credit transfers (school
staff or the director). The school and those who cover it read the year's register."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from kit.auth.principal import SCHOOL_ROLES
from kit.http.commands import CommandCall
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections.schools import school_at
from services.curriculum.api.answers_practice import SandboxEntryRecorded, SandboxRegister
from services.curriculum.api.command_routes import Route, add_command_route
from services.curriculum.api.deps import (
    DIRECTOR,
    EVERYONE,
    CurriculumDep,
    Esa,
    SchoolCode,
    acting_role,
    actor,
    require_reader,
    school_place,
)
from services.curriculum.application import sandbox_records
from services.curriculum.bootstrap import Curriculum
from services.curriculum.domain.commands import sandbox as sc
from services.curriculum.domain.legal_bases import RECORDED

router = APIRouter(
    prefix="/v1/esas/{esa}/schools/{school}/sandbox-records/{year}", tags=["sandbox legal records"]
)
Year = Annotated[int, Path(ge=2560, le=2600, description="Academic year (B.E.)")]
YEAR_PATH = [("esa", Esa), ("school", SchoolCode), ("year", Year)]


@router.get("")
async def register(
    esa: Esa, school: SchoolCode, year: Year, c: CurriculumDep, principal: CurrentPrincipal
) -> SandboxRegister:
    """The school's entries of the year under each legal basis, with totals."""
    require_reader(principal, await school_place(c, esa, school), EVERYONE)
    facts = await school_at(c.views, esa, school)
    return SandboxRegister.model_validate(await sandbox_records.register(c.commands, facts, year))


async def record_entry(
    esa: str,
    school: str,
    year: int,
    command: sc.RecordSandboxEntry,
    call: CommandCall,
    c: Curriculum,
) -> SandboxEntryRecorded:
    roles = DIRECTOR if RECORDED[command.basis] else SCHOOL_ROLES
    role = acting_role(call.principal, await school_place(c, esa, school), roles)
    facts = await school_at(c.views, esa, school)
    meta = call.meta(role, command, esa=esa, school=school, year=year)
    who = actor(call.principal, role, c)
    outcome = await sandbox_records.record_entry(c.commands, meta, facts, year, command, who)
    return call.answer(outcome, SandboxEntryRecorded)


for _path, _command, _doc in (
    ("/donations", sc.RecordDonation, "A donation of money or property received (the director)."),
    (
        "/innovation-subsidies",
        sc.RecordInnovationSubsidy,
        "The general subsidy for developing educational innovation (the director).",
    ),
    (
        "/materials-spending",
        sc.RecordMaterialsSpending,
        "Budget spent on textbooks, learning media or databases (the director).",
    ),
    (
        "/credit-transfers",
        sc.RecordCreditTransfer,
        "Learners' results transferred to or from another school (school staff).",
    ),
):
    route = Route("POST", _path, _command, SandboxEntryRecorded, _doc, YEAR_PATH, 201)
    add_command_route(router, route, record_entry)
