"""Who the caller is, and the development login (404 outside development)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kit.errors import NotFound
from kit.http.deps import CurrentPrincipal
from kit.readmodel.docs import public
from services.directory.api import schemas as out
from services.directory.api.deps import DirectoryDep
from services.directory.application.tokens import principal_of_person

router = APIRouter(prefix="/v1")


@router.get("/me", tags=["people"])
async def me(principal: CurrentPrincipal) -> out.Me:
    """Who the token says the caller is, and the grants it carries."""
    return out.Me(
        subject=principal.subject,
        name=principal.name,
        grants=[g.to_claim() for g in principal.grants],
    )


@router.get("/dev/people", tags=["development login"])
async def dev_people(d: DirectoryDep) -> list[out.Person]:
    """Development only: the people one may log in as."""
    if not d.development:
        raise NotFound()
    docs = sorted(await d.views.find({"kind": "person"}), key=lambda x: x["person"])
    return [out.Person.model_validate(public(x)) for x in docs]


@router.post("/dev/login", tags=["development login"])
async def dev_login(body: out.LoginRequest, d: DirectoryDep) -> out.LoginResponse:
    """Development only: a token for a registered person (the OIDC flow replaces this)."""
    if not d.development:
        raise NotFound()
    doc = await d.views.get(f"person:{body.person}")
    if doc is None:
        raise NotFound("ไม่พบผู้ใช้นี้", "No such person.")
    person = public(doc) | {"grants": [await _placed_now(d, g) for g in doc.get("grants", [])]}
    token = d.issuer.issue(principal_of_person(person))
    return out.LoginResponse(token=token, person=out.Person.model_validate(person))


async def _placed_now(d: DirectoryDep, grant: dict[str, Any]) -> dict[str, Any]:
    """A school's or cluster's grant names the unit's ESA as it is now (it may have moved)."""
    if grant["level"] not in ("school", "cluster"):
        return grant
    doc = await d.views.get(f"{grant['level']}:{grant['scope']}")
    return grant if doc is None else grant | {"esa": doc["esa"], "province": doc["province"]}
