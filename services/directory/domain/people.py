"""Rules for people and their roles: register a person, grant a role at a place, revoke it.

A role is granted at one level of the organisation (kit.auth.roles.ROLE_LEVELS says which
levels each role may have): a supervisor at an ESA or at one school cluster, a school's staff
at their school, committees and provincial officers at a province, the policy committee at
the nation; an administrator or an integration at any level.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kit.auth.principal import ROLE_LEVELS, Level, Role
from kit.events import DomainEvent
from services.directory.domain import commands as cmd
from services.directory.domain import events as ev
from services.directory.domain.refusals import duplicate, refused


@dataclass(frozen=True)
class Person:
    person: str
    name_th: str
    name_en: str
    position_th: str
    esa: str
    grants: tuple[ev.RoleGranted, ...]


def person_of(history: list[DomainEvent]) -> Person | None:
    registered: ev.PersonRegistered | None = None
    grants: dict[tuple[str, str, str], ev.RoleGranted] = {}
    for e in history:
        if isinstance(e, ev.PersonRegistered):
            registered = e
        elif isinstance(e, ev.RoleGranted):
            grants[(e.role, e.level, e.scope)] = e
        elif isinstance(e, ev.RoleRevoked):
            grants.pop((e.role, e.level, e.scope), None)
    if registered is None:
        return None
    r = registered
    return Person(r.person, r.name_th, r.name_en, r.position_th, r.esa, tuple(grants.values()))


def register_person(history: list[DomainEvent], c: cmd.RegisterPerson) -> list[DomainEvent]:
    if history:
        raise duplicate(cmd.RegisterPerson, "person", "ผู้ใช้", "person")
    return [
        ev.PersonRegistered(
            person=c.person,
            name_th=c.name_th,
            name_en=c.name_en,
            position_th=c.position_th,
            esa=c.esa or "",
        )
    ]


def check_level(role: Role, level: Level) -> None:
    if level not in ROLE_LEVELS[role]:
        allowed = ", ".join(sorted(v.value for v in ROLE_LEVELS[role]))
        raise refused(
            cmd.GrantRole,
            "level",
            "role_level_mismatch",
            "บทบาทนี้มอบให้ในระดับนี้ไม่ได้",
            f"The role {role.value} is granted at the level(s): {allowed}.",
        )


def grant_role(p: Person, grant: ev.RoleGranted) -> list[DomainEvent]:
    """A role held already is not granted twice (the answer is the person as they are)."""
    check_level(Role(grant.role), Level(grant.level))
    held = {(g.role, g.level, g.scope) for g in p.grants}
    return [] if (grant.role, grant.level, grant.scope) in held else [grant]


def revoke_role(p: Person, c: cmd.RevokeRole, day: date) -> list[DomainEvent]:
    held = {(g.role, g.level, g.scope) for g in p.grants}
    if (c.role.value, c.level.value, c.scope) not in held:
        raise refused(
            cmd.RevokeRole,
            "role",
            "not_granted",
            "บุคคลนี้ไม่ได้มีบทบาทนี้ในหน่วยงานนี้",
            "The person does not hold this role here.",
        )
    return [
        ev.RoleRevoked(
            person=p.person,
            role=c.role.value,
            level=c.level.value,
            scope=c.scope,
            effective_from=day,
        )
    ]
