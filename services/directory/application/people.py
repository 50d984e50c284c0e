"""People and their roles: register a person, grant a role at a place, revoke it.

The place a role is granted at is read from its unit's stream: a grant names the unit's ESA
and province as they are when it is granted (a token carries them), and an administrator
grants and revokes only at places they administer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kit.auth.principal import NATION, ROLE_LEVELS, Grant, Level, Place, Principal, Role
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.errors import NithetError, NotFound
from kit.events import DomainEvent
from services.directory.application import answers, units
from services.directory.application.access import ADMINS, administer, an_admin
from services.directory.application.changes import Answer, change, create
from services.directory.domain import commands as cmd
from services.directory.domain import events as ev
from services.directory.domain import model
from services.directory.domain import people as rules
from services.directory.domain.people import Person, person_of
from services.directory.domain.refusals import refused


@dataclass(frozen=True)
class Unit:
    """The unit a role is granted at."""

    place: Place
    esa: str = ""
    province: str = ""
    closed: bool = False


async def register_person(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, c: cmd.RegisterPerson
) -> CommandOutcome:
    an_admin(who)
    home = Place()
    if c.esa:
        esa = await units.esa(runner, c.esa)
        if esa is None:
            raise refused(cmd.RegisterPerson, "esa", "unknown_esa", "ไม่พบเขตพื้นที่นี้", "No such ESA.")
        home = esa.place
    administer(who, home)
    target = StreamTarget(NATION, NATION, model.stream_of_person(c.person))
    return await create(runner, meta, target, lambda h: rules.register_person(h, c), answers.person)


async def grant_role(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, person: str, c: cmd.GrantRole
) -> CommandOutcome:
    an_admin(who)
    await _registered(runner, person)
    level = c.level or await _level_of(runner, c)
    rules.check_level(c.role, level)
    unit = await _unit(runner, cmd.GrantRole, level, c.scope)
    administer(who, unit.place)
    if unit.closed:
        raise refused(
            cmd.GrantRole,
            "scope",
            "unit_closed",
            "หน่วยงานนี้ปิดแล้ว มอบบทบาทไม่ได้",
            "This unit is closed; no role is granted there.",
        )
    grant = ev.RoleGranted(
        person=person,
        role=c.role.value,
        level=level.value,
        scope=c.scope,
        esa=unit.esa,
        province=unit.province,
        effective_from=units.today(runner, c.effective_from),
    )

    def decide(p: Person) -> list[DomainEvent]:
        return rules.grant_role(p, grant)

    stream = model.stream_of_person(person)
    return await change(runner, meta, stream, person_of, decide, seen_by(who))


async def revoke_role(
    runner: CommandRunner, meta: CommandMeta, who: Principal | None, person: str, c: cmd.RevokeRole
) -> CommandOutcome:
    an_admin(who)
    await _registered(runner, person)
    unit = await _unit(runner, cmd.RevokeRole, c.level, c.scope)
    administer(who, unit.place)
    day = units.today(runner, c.effective_from)
    stream = model.stream_of_person(person)
    return await change(
        runner, meta, stream, person_of, lambda p: rules.revoke_role(p, c, day), seen_by(who)
    )


def seen_by(who: Principal | None) -> Answer:
    """The person as the command left them, with the grants the caller administers."""

    def answer(history: list[DomainEvent]) -> dict[str, Any]:
        person = answers.person(history)
        if who is not None:
            person["grants"] = [g for g in person["grants"] if who.covers(_place(g), ADMINS)]
        return person

    return answer


def _place(g: dict[str, Any]) -> Place:
    level = Level(g["level"])
    return Grant(Role(g["role"]), level, g["scope"], g["esa"], g["province"]).place


async def _registered(runner: CommandRunner, person: str) -> None:
    """A person named in the path is known, before anything in the body is looked at."""
    if await units.located(runner, model.stream_of_person(person)) is None:
        raise NotFound()


async def _level_of(runner: CommandRunner, c: cmd.GrantRole) -> Level:
    """The level a grant names without saying: the role's only one, else the scope's kind."""
    allowed = ROLE_LEVELS[c.role]
    if len(allowed) == 1:
        return next(iter(allowed))
    if c.scope == NATION:
        return Level.NATION
    if c.scope.isdigit():
        return Level.SCHOOL
    for level, find in (
        (Level.ESA, units.esa),
        (Level.CLUSTER, units.cluster),
        (Level.PROVINCE, units.province),
    ):
        if level in allowed and await find(runner, c.scope) is not None:
            return level
    raise _unknown_scope(cmd.GrantRole)


async def _unit(
    runner: CommandRunner, command: type[cmd.Command], level: Level, scope: str
) -> Unit:
    found: Unit | None = None
    if level is Level.NATION:
        found = Unit(Place()) if scope == NATION else None
    elif level is Level.PROVINCE:
        p = await units.province(runner, scope)
        found = Unit(p.place, province=p.province) if p else None
    elif level is Level.ESA:
        e = await units.esa(runner, scope)
        found = Unit(e.place, e.esa, e.province) if e else None
    elif level is Level.CLUSTER:
        k = await units.cluster(runner, scope)
        found = Unit(k.place, k.esa, k.province, bool(k.closed_on)) if k else None
    else:
        s = await units.school(runner, scope)
        found = Unit(s.place, s.esa, s.province, bool(s.closed_on)) if s else None
    if found is None:
        raise _unknown_scope(command)
    return found


def _unknown_scope(command: type[cmd.Command]) -> NithetError:
    return refused(
        command,
        "scope",
        "unknown_scope",
        "ไม่พบหน่วยงานนี้ในระดับที่เลือก",
        "No unit of the chosen level has this code.",
    )
