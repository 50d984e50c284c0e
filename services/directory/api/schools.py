"""Administering schools: register in a cluster, rename, move, sandbox pilot status, close.

Who may: an admin of the school's cluster or above (an ESA's admin for the ESA's schools);
a move needs the old cluster and the new one. Each answer is the school as the command left
it, its version in `ETag`.
"""

from __future__ import annotations

from fastapi import APIRouter

from kit.auth.principal import Role
from kit.http.commands import Call
from services.directory.api import schemas as out
from services.directory.api.deps import DirectoryDep, EsaCode, SchoolCode
from services.directory.application import schools as handlers
from services.directory.domain import commands as cmd

router = APIRouter(prefix="/v1", tags=["administration"])


@router.post("/esas/{esa}/schools", status_code=201)
async def register_school(
    esa: EsaCode, command: cmd.RegisterSchool, call: Call, d: DirectoryDep
) -> out.School:
    """Register a school (OBEC code) in one of the ESA's open clusters."""
    meta = call.meta(Role.ADMIN, command, esa=esa)
    outcome = await handlers.register_school(
        d.commands, d.claims, meta, call.principal, esa, command
    )
    return call.answer(outcome, out.School, f"/v1/schools/{command.school}")


@router.post("/schools/{school}/rename")
async def rename_school(
    school: SchoolCode, command: cmd.Rename, call: Call, d: DirectoryDep
) -> out.School:
    """Rename a school."""
    meta = call.meta(Role.ADMIN, command, school=school)
    outcome = await handlers.rename_school(d.commands, meta, call.principal, school, command)
    return call.answer(outcome, out.School)


@router.post("/schools/{school}/moves")
async def move_school(
    school: SchoolCode, command: cmd.MoveSchool, call: Call, d: DirectoryDep
) -> out.School:
    """Move a school to another cluster (of its ESA or another ESA of its province) from a
    given day; where it was before stays in its placements."""
    meta = call.meta(Role.ADMIN, command, school=school)
    outcome = await handlers.move_school(d.commands, meta, call.principal, school, command)
    return call.answer(outcome, out.School)


@router.post("/schools/{school}/sandbox-pilot")
async def set_sandbox_pilot(
    school: SchoolCode, command: cmd.SetSandboxPilot, call: Call, d: DirectoryDep
) -> out.School:
    """Make a school a sandbox pilot school (สถานศึกษานำร่อง), or no longer one."""
    meta = call.meta(Role.ADMIN, command, school=school)
    outcome = await handlers.set_sandbox_pilot(d.commands, meta, call.principal, school, command)
    return call.answer(outcome, out.School)


@router.post("/schools/{school}/close")
async def close_school(
    school: SchoolCode, command: cmd.CloseSchool, call: Call, d: DirectoryDep
) -> out.School:
    """Close (retire) a school: it keeps its history and takes no new work."""
    meta = call.meta(Role.ADMIN, command, school=school)
    outcome = await handlers.close_school(d.commands, meta, call.principal, school, command)
    return call.answer(outcome, out.School)
