"""What every needs route shares: the wired service, path parameters, and who may do what."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path, Request

from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.commands import CommandMeta
from kit.errors import NotFound
from kit.http.commands import command_meta
from kit.readmodel.docs import public
from services.needs.bootstrap import Needs

SUPERVISORS = {Role.SUPERVISOR}
STAFF = set(Role) - SCHOOL_ROLES  # everyone who reads an ESA's records as a whole
RECORDS = "needs_records"

Esa = Annotated[str, Path(pattern=r"^[a-z0-9-]{1,40}$", description="ESA code, e.g. loei-3")]
Id = Annotated[str, Path(pattern=r"^[0-9A-Za-z-]{1,64}$")]
SchoolCode = Annotated[str, Path(pattern=r"^[0-9]{10}$", description="OBEC school code")]


def needs(request: Request) -> Needs:
    return request.app.state.needs  # type: ignore[no-any-return]


NeedsDep = Annotated[Needs, Depends(needs)]


def school_meta(
    principal: Principal,
    esa: str,
    school: str,
    name: str,
    payload: Any,
    key: str | None = None,
    expected: int | None = None,
) -> CommandMeta:
    """A command a school gives about its own records: refused to anyone who does not act for
    that school (404, or 403 without a school role), recorded in the school role acted in."""
    principal.require_school(school, esa, SCHOOL_ROLES)
    roles = (
        g.role for g in principal.grants if g.role in SCHOOL_ROLES and g.covers_school(school, esa)
    )
    return command_meta(principal, next(roles, Role.SCHOOL_STAFF), name, payload, key, expected)


def is_staff(principal: Principal, esa: str) -> bool:
    return principal.sees_esa(esa, STAFF)


async def record(n: Needs, key: str, esa: str) -> dict[str, Any]:
    """A record of the ESA from the service's view (not found when absent or elsewhere)."""
    doc = await n.views.get(RECORDS, key)
    if doc is None or doc.get("esa") != esa:
        raise NotFound()
    return public(doc)


async def campaign_record(n: Needs, campaign_id: str, esa: str) -> dict[str, Any]:
    """A campaign as the view shows it, once its opening is in the view."""
    doc = await record(n, f"campaign:{campaign_id}", esa)
    if "opens_on" not in doc:  # only responses have arrived so far (another stream)
        raise NotFound()
    return doc


def require_staff_or_school(principal: Principal, esa: str, school: str) -> None:
    """ESA staff see every school's record; a school sees only its own (others: not found)."""
    principal.require_esa(esa)
    if not is_staff(principal, esa) and not principal.acts_for_school(school, esa, SCHOOL_ROLES):
        raise NotFound()
