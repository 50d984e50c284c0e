"""Directory routes: reading the organisation, development login, administration."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from kit.auth.principal import Role
from kit.errors import Forbidden, NotFound, RuleViolation
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from kit.readmodel.docs import public
from services.directory.api import schemas
from services.directory.application import handlers
from services.directory.application.tokens import principal_of_person
from services.directory.bootstrap import Directory
from services.directory.domain import events as ev

router = APIRouter(prefix="/v1")
ADMINS = {Role.ADMIN}


def directory(request: Request) -> Directory:
    return request.app.state.directory  # type: ignore[no-any-return]


DirectoryDep = Annotated[Directory, Depends(directory)]


_meta = command_meta
_answer = command_answer


@router.get("/provinces", tags=["organisation"])
async def list_provinces(d: DirectoryDep, _: CurrentPrincipal) -> list[dict[str, Any]]:
    """Provinces (จังหวัด) known to Nithet."""
    docs = await d.views.find({"kind": "province"})
    return sorted((public(x) for x in docs), key=lambda x: x["province"])


@router.get("/provinces/{province}/esas", tags=["organisation"])
async def list_esas(province: str, d: DirectoryDep, _: CurrentPrincipal) -> list[dict[str, Any]]:
    """The ESAs (เขตพื้นที่การศึกษา) of a province."""
    docs = await d.views.find({"kind": "esa", "province": province})
    if not docs:
        raise NotFound()
    return sorted((public(x) for x in docs), key=lambda x: x["esa"])


@router.get("/esas/{esa}", tags=["organisation"])
async def get_esa(esa: str, d: DirectoryDep, _: CurrentPrincipal) -> dict[str, Any]:
    """An ESA with its school clusters."""
    doc = await d.views.get(f"esa:{esa}")
    if doc is None:
        raise NotFound()
    clusters = await d.views.find({"kind": "cluster", "esa": esa})
    return public(doc) | {
        "clusters": sorted((public(c) for c in clusters), key=lambda c: c["cluster"])
    }


@router.get("/esas/{esa}/schools", tags=["organisation"])
async def list_schools(
    esa: str,
    d: DirectoryDep,
    _: CurrentPrincipal,
    cluster: Annotated[str | None, Query(max_length=60)] = None,
) -> list[dict[str, Any]]:
    """Schools of an ESA (optionally of one cluster), by school code."""
    if await d.views.get(f"esa:{esa}") is None:
        raise NotFound()
    flt = {"kind": "school", "esa": esa} | ({"cluster": cluster} if cluster else {})
    return sorted((public(x) for x in await d.views.find(flt)), key=lambda x: x["school"])


@router.get("/schools/{school}", tags=["organisation"])
async def get_school(school: str, d: DirectoryDep, _: CurrentPrincipal) -> dict[str, Any]:
    """One school, with its placements over time (effective-dated)."""
    doc = await d.views.get(f"school:{school}")
    if doc is None:
        raise NotFound()
    return public(doc)


@router.get("/me", tags=["people"])
async def me(principal: CurrentPrincipal) -> dict[str, Any]:
    """Who the token says the caller is, and the grants it carries."""
    return {
        "subject": principal.subject,
        "name": principal.name,
        "grants": [g.to_claim() for g in principal.grants],
    }


@router.get("/dev/people", tags=["development login"])
async def dev_people(d: DirectoryDep) -> list[dict[str, Any]]:
    """Development only: the people one may log in as."""
    if not d.development:
        raise NotFound()
    docs = await d.views.find({"kind": "person"})
    return sorted((public(x) for x in docs), key=lambda x: x["person"])


@router.post("/dev/login", tags=["development login"])
async def dev_login(body: schemas.LoginRequest, d: DirectoryDep) -> schemas.LoginResponse:
    """Development only: a token for a registered person (the OIDC flow replaces this)."""
    if not d.development:
        raise NotFound()
    doc = await d.views.get(f"person:{body.person}")
    if doc is None:
        raise NotFound("ไม่พบผู้ใช้นี้", "No such person.")
    return schemas.LoginResponse(token=d.issuer.issue(principal_of_person(doc)), person=public(doc))


@router.post("/esas/{esa}/schools", tags=["administration"], status_code=201)
async def register_school(
    esa: str,
    body: schemas.RegisterSchoolRequest,
    d: DirectoryDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Register a school in an ESA cluster (admin, or the ESA's director)."""
    principal.require_esa(esa, {Role.ADMIN, Role.ESA_DIRECTOR})
    cluster = await d.views.get(f"cluster:{body.cluster}")
    if cluster is None or cluster["esa"] != esa:
        raise RuleViolation(
            "ไม่พบกลุ่มโรงเรียนนี้ในเขตพื้นที่", "No such cluster in this ESA.", code="unknown_cluster"
        )
    role = principal.role_for_esa(esa, {Role.ADMIN, Role.ESA_DIRECTOR})
    event = ev.SchoolRegistered(**body.model_dump(), esa=esa, province=cluster["province"])
    meta = _meta(principal, role, "register_school", body.model_dump(mode="json"), key)
    return _answer(await handlers.register_school(d.commands, meta, event), response)


@router.post("/schools/{school}/moves", tags=["administration"])
async def move_school(
    school: str,
    body: schemas.MoveSchoolRequest,
    d: DirectoryDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Move a school to another cluster or ESA of the same province, from a given day (admin)."""
    if not principal.sees_nation({Role.ADMIN}):
        raise Forbidden()
    doc = await d.views.get(f"school:{school}")
    cluster = await d.views.get(f"cluster:{body.to_cluster}")
    if doc is None:
        raise NotFound()
    if cluster is None or cluster["esa"] != body.to_esa:
        raise RuleViolation(
            "ไม่พบกลุ่มโรงเรียนปลายทาง", "No such cluster in that ESA.", code="unknown_cluster"
        )
    tenant = doc["placements"][0]["esa"]
    meta = _meta(principal, Role.ADMIN, "move_school", body.model_dump(mode="json"), key)
    outcome = await handlers.move_school(
        d.commands, meta, tenant, school, body.to_esa, body.to_cluster, body.effective_from
    )
    return _answer(outcome, response)


@router.post("/people", tags=["administration"], status_code=201)
async def register_person(
    body: schemas.RegisterPersonRequest,
    d: DirectoryDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Register a person (admin)."""
    if not principal.sees_nation(ADMINS):
        raise Forbidden()
    meta = _meta(principal, Role.ADMIN, "register_person", body.model_dump(), key)
    return _answer(
        await handlers.register_person(d.commands, meta, ev.PersonRegistered(**body.model_dump())),
        response,
    )


@router.post("/people/{person}/grants", tags=["administration"])
async def grant_role(
    person: str,
    body: schemas.GrantRoleRequest,
    d: DirectoryDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Grant a person a role over a school, an ESA, a province or the nation (admin)."""
    if not principal.sees_nation(ADMINS):
        raise Forbidden()
    school_esa = ""
    if body.scope.isdigit():
        school = await d.views.get(f"school:{body.scope}")
        if school is None:
            raise RuleViolation("ไม่พบโรงเรียน", "No such school.", code="unknown_school")
        school_esa = school["esa"]
    meta = _meta(principal, Role.ADMIN, "grant_role", body.model_dump(mode="json"), key)
    outcome = await handlers.grant_role(
        d.commands, meta, person, body.role, body.scope, school_esa, body.effective_from
    )
    return _answer(outcome, response)
