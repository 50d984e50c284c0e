"""People and their roles: read (admins within their scope), register, grant, revoke."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kit.auth.principal import Level, Place, Role
from kit.errors import NotFound
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.directory.api import schemas as out
from services.directory.api.deps import DirectoryDep, EsaCode, PersonId, unit
from services.directory.api.people_scope import people_of_esa, place_of, shown_person
from services.directory.application import people as handlers
from services.directory.application.access import ADMINS
from services.directory.domain import commands as cmd

router = APIRouter(prefix="/v1", tags=["people"])


@router.get("/esas/{esa}/people")
async def esa_people(
    esa: EsaCode, d: DirectoryDep, principal: CurrentPrincipal
) -> list[out.Person]:
    """The ESA's people: registered by it, or holding a role at it, its clusters or its
    schools, with those roles (admins of the ESA)."""
    await unit(d, "esa", esa)
    principal.require_place(Place.of_esa(esa), ADMINS)
    return [out.Person.model_validate(p) for p in await people_of_esa(d, esa)]


@router.get("/people/{person}")
async def get_person(person: PersonId, d: DirectoryDep, principal: CurrentPrincipal) -> out.Person:
    """A person with the roles the caller administers (admins of a place they belong to)."""
    doc = await d.views.get(f"person:{person}")
    if doc is None:
        raise NotFound()
    return out.Person.model_validate(await shown_person(d, principal, doc))


@router.get("/grants")
async def unit_grants(
    d: DirectoryDep,
    principal: CurrentPrincipal,
    level: Annotated[Level, Query(description="The unit's level")],
    scope: Annotated[str, Query(max_length=61, description="The unit's code (th: the nation)")],
) -> out.UnitGrants:
    """Who holds which role at one unit (admins of the unit)."""
    place = await place_of(d, level, scope)
    if place is None:
        raise NotFound()
    principal.require_place(place, ADMINS)
    doc = await d.views.get(f"grants:{level.value}:{scope}") or {}
    holders = doc.get("holders", [])
    ids = sorted({h["person"] for h in holders})
    people = await d.views.find({"kind": "person", "person": {"$in": ids}}) if ids else []
    names = {p["person"]: p for p in people}
    listed = [
        h | {k: names.get(h["person"], {}).get(k, "") for k in ("name_th", "name_en")}
        for h in holders
    ]
    return out.UnitGrants.model_validate({"level": level, "scope": scope, "holders": listed})


@router.post("/people", status_code=201)
async def register_person(command: cmd.RegisterPerson, call: Call, d: DirectoryDep) -> out.Person:
    """Register a person: by the national admin, or by an ESA's admin as one of the ESA's."""
    meta = call.meta(Role.ADMIN, command)
    outcome = await handlers.register_person(d.commands, meta, call.principal, command)
    return call.answer(outcome, out.Person, f"/v1/people/{command.person}")


@router.post("/people/{person}/grants")
async def grant_role(
    person: PersonId, command: cmd.GrantRole, call: Call, d: DirectoryDep
) -> out.Person:
    """Grant a role at a school, a cluster, an ESA, a province or the nation (an admin of
    that place)."""
    meta = call.meta(Role.ADMIN, command, person=person)
    outcome = await handlers.grant_role(d.commands, meta, call.principal, person, command)
    return call.answer(outcome, out.Person)


@router.post("/people/{person}/grants/revoke")
async def revoke_role(
    person: PersonId, command: cmd.RevokeRole, call: Call, d: DirectoryDep
) -> out.Person:
    """Revoke a role a person holds at a place (an admin of that place)."""
    meta = call.meta(Role.ADMIN, command, person=person)
    outcome = await handlers.revoke_role(d.commands, meta, call.principal, person, command)
    return call.answer(outcome, out.Person)
