"""Exchange forums of an ESA: its supervisors (and the ESA director) record a forum once held,
who took part per school and its outcomes. Those over the whole ESA read every forum; a school
(or a cluster's supervisor) reads the forums its schools took part in, with their own rows."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from kit.auth.place import Place
from kit.auth.principal import Principal, Role
from kit.errors import NotFound
from kit.http.commands import Call, CommandCall
from kit.http.deps import CurrentPrincipal
from services.curriculum.adapters.projections import forums as rows
from services.curriculum.adapters.projections.schools import schools_named
from services.curriculum.api.answers_teaching import Forum, ForumRow
from services.curriculum.api.deps import (
    EVERYONE,
    CurriculumDep,
    Esa,
    ForumId,
    YearFilter,
    acting_role,
    actor,
    require_reader,
)
from services.curriculum.application import forums
from services.curriculum.domain.commands.teaching import (
    RecordExchangeForum,
    RecordForumOutcomes,
    RecordForumParticipants,
)

router = APIRouter(prefix="/v1/esas/{esa}/exchange-forums", tags=["exchange forums"])
ORGANISERS = {Role.SUPERVISOR, Role.ESA_DIRECTOR}


@router.post("", status_code=201)
async def record_forum(
    esa: Esa, command: RecordExchangeForum, call: Call, c: CurriculumDep
) -> Forum:
    """Record a forum the ESA held: day, format, venue, topics (supervisors, ESA director)."""
    role = _organiser(call, esa)
    meta = call.meta(role, command, esa=esa)
    outcome = await forums.record(c.commands, meta, esa, command, actor(call.principal, role, c))
    location = f"/v1/esas/{esa}/exchange-forums/{outcome.answer['forum_id']}"
    return call.answer(outcome, Forum, location=location)


@router.get("")
async def list_forums(
    esa: Esa, c: CurriculumDep, principal: CurrentPrincipal, year: YearFilter = None
) -> list[ForumRow]:
    """The ESA's forums, newest first (each reader: those they may read, see the module)."""
    require_reader(principal, Place.of_esa(esa), EVERYONE)
    seen = [_as_seen(principal, esa, r) for r in await rows.forums(c.views, esa, year)]
    return [ForumRow.model_validate(r) for r in seen if r is not None]


@router.get("/{forum_id}")
async def forum(
    esa: Esa, forum_id: ForumId, c: CurriculumDep, principal: CurrentPrincipal
) -> Forum:
    """One forum: when and how it was held, topics, participants per school, outcomes."""
    require_reader(principal, Place.of_esa(esa), EVERYONE)
    found = forums.forum_answer(await forums.forum(c.commands, esa, forum_id))
    seen = _as_seen(principal, esa, found)
    if seen is None:
        raise NotFound(
            "ไม่พบเวทีแลกเปลี่ยนเรียนรู้นี้",
            "No such exchange forum.",
            code="forum_not_found",
            details={"forum_id": forum_id},
        )
    return Forum.model_validate(seen)


def _as_seen(principal: Principal, esa: str, forum: dict[str, Any]) -> dict[str, Any] | None:
    """The forum as the caller may read it: whole over the ESA; else only when a school they
    cover took part, with those schools' rows alone."""
    if principal.covers(Place.of_esa(esa)):
        return forum
    participation = forum.get("participants") or forum
    mine = [
        s
        for s in participation.get("schools", [])
        if principal.covers(Place.of_school(s["school"], esa, s["cluster"]))
    ]
    if not mine:
        return None
    if forum.get("participants"):
        return forum | {"participants": participation | {"schools": mine}}
    return forum | {"schools": mine}


def _organiser(call: CommandCall, esa: str) -> Role:
    return acting_role(call.principal, Place.of_esa(esa), ORGANISERS)


@router.put("/{forum_id}/participants")
async def record_participants(
    esa: Esa, forum_id: ForumId, command: RecordForumParticipants, call: Call, c: CurriculumDep
) -> Forum:
    """Who took part: teachers and administrators per school of the ESA, and others."""
    meta = call.meta(_organiser(call, esa), command, esa=esa, forum=forum_id)
    known = await schools_named(c.views, [s.school for s in command.schools])
    outcome = await forums.record_participants(c.commands, meta, esa, forum_id, command, known)
    return call.answer(outcome, Forum)


@router.put("/{forum_id}/outcomes")
async def record_outcomes(
    esa: Esa, forum_id: ForumId, command: RecordForumOutcomes, call: Call, c: CurriculumDep
) -> Forum:
    """What the forum produced: outcomes, good practices presented, next steps."""
    meta = call.meta(_organiser(call, esa), command, esa=esa, forum=forum_id)
    outcome = await forums.record_outcomes(c.commands, meta, esa, forum_id, command)
    return call.answer(outcome, Forum)
