"""The caller, from a verified token: roles, each granted at a level of the organisation.

Levels: school (by OBEC school code), ESA (the tenant), province, nation. A grant at a level
covers everything under it: a provincial officer of Loei reads loei-1, loei-2 and loei-3.
ESA codes begin with their province code and a dash (`loei-3`, `rayong-2`), which is how a
province grant knows its ESAs without asking the directory.

This module is the one place where scope is decided: services ask `sees_esa`, `acts_for_school`
or `require` and never compare tenant ids themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from kit.errors import Forbidden, NotFound


class Level(StrEnum):
    SCHOOL = "school"
    ESA = "esa"
    PROVINCE = "province"
    NATION = "nation"


class Role(StrEnum):
    SCHOOL_STAFF = "school_staff"
    SCHOOL_DIRECTOR = "school_director"
    SUPERVISOR = "supervisor"
    ESA_DIRECTOR = "esa_director"
    ACADEMIC_SUBCOMMITTEE = "academic_subcommittee"
    DRIVING_COMMITTEE = "driving_committee"
    POLICY_COMMITTEE = "policy_committee"
    PROVINCIAL_OFFICER = "provincial_officer"
    ADMIN = "admin"
    INTEGRATION = "integration"


SCHOOL_ROLES = frozenset({Role.SCHOOL_STAFF, Role.SCHOOL_DIRECTOR})

# The level at which each role is normally granted (admin and integration: any level).
ROLE_LEVEL: dict[Role, Level | None] = {
    Role.SCHOOL_STAFF: Level.SCHOOL,
    Role.SCHOOL_DIRECTOR: Level.SCHOOL,
    Role.SUPERVISOR: Level.ESA,
    Role.ESA_DIRECTOR: Level.ESA,
    Role.ACADEMIC_SUBCOMMITTEE: Level.PROVINCE,
    Role.DRIVING_COMMITTEE: Level.PROVINCE,
    Role.POLICY_COMMITTEE: Level.NATION,
    Role.PROVINCIAL_OFFICER: Level.PROVINCE,
    Role.ADMIN: None,
    Role.INTEGRATION: None,
}

NATION = "th"


def esa_province(esa: str) -> str:
    """The province code an ESA code begins with (`loei-3` -> `loei`)."""
    province, sep, _ = esa.rpartition("-")
    return province if sep else esa


@dataclass(frozen=True)
class Grant:
    role: Role
    level: Level
    id: str  # school code, ESA code, province code, or "th"
    esa: str = ""  # for school grants: the school's ESA
    province: str = ""  # for school and ESA grants: their province

    def covers_esa(self, esa: str) -> bool:
        match self.level:
            case Level.NATION:
                return True
            case Level.PROVINCE:
                return esa_province(esa) == self.id
            case Level.ESA:
                return self.id == esa
            case Level.SCHOOL:
                return self.esa == esa
        return False

    def covers_province(self, province: str) -> bool:
        return self.level is Level.NATION or (self.level is Level.PROVINCE and self.id == province)

    def covers_school(self, school: str, esa: str) -> bool:
        if self.level is Level.SCHOOL:
            return self.id == school
        return self.covers_esa(esa)

    def to_claim(self) -> dict[str, str]:
        claim = {"role": self.role.value, "level": self.level.value, "id": self.id}
        if self.esa:
            claim["esa"] = self.esa
        if self.province:
            claim["province"] = self.province
        return claim

    @classmethod
    def from_claim(cls, claim: dict[str, str]) -> Grant:
        return cls(
            role=Role(claim["role"]),
            level=Level(claim["level"]),
            id=claim["id"],
            esa=claim.get("esa", ""),
            province=claim.get("province", ""),
        )


@dataclass(frozen=True)
class Principal:
    subject: str
    name: str
    grants: tuple[Grant, ...] = field(default_factory=tuple)

    def roles(self) -> set[Role]:
        return {g.role for g in self.grants}

    def _with(self, roles: Iterable[Role] | None) -> list[Grant]:
        wanted = set(roles) if roles is not None else None
        return [g for g in self.grants if wanted is None or g.role in wanted]

    def sees_esa(self, esa: str, roles: Iterable[Role] | None = None) -> bool:
        return any(g.covers_esa(esa) for g in self._with(roles))

    def sees_province(self, province: str, roles: Iterable[Role] | None = None) -> bool:
        """Reads the whole province (a province or national grant)."""
        return any(g.covers_province(province) for g in self._with(roles))

    def sees_nation(self, roles: Iterable[Role] | None = None) -> bool:
        return any(g.level is Level.NATION for g in self._with(roles))

    def acts_for_school(self, school: str, esa: str, roles: Iterable[Role] | None = None) -> bool:
        return any(g.covers_school(school, esa) for g in self._with(roles))

    def school_grant(self) -> Grant | None:
        """The school this caller acts for, if any."""
        return next((g for g in self.grants if g.level is Level.SCHOOL), None)

    def esa_grants(self, roles: Iterable[Role] | None = None) -> list[Grant]:
        return [g for g in self._with(roles) if g.level is Level.ESA]

    def role_for_esa(self, esa: str, roles: Iterable[Role]) -> Role:
        """The first of `roles` the caller holds over `esa` (for the event's actorrole)."""
        for g in self._with(roles):
            if g.covers_esa(esa):
                return g.role
        raise Forbidden()

    def require_esa(self, esa: str, roles: Iterable[Role] | None = None) -> None:
        """404 when the ESA is outside every grant; 403 when visible but no role fits."""
        if not self.sees_esa(esa):
            raise NotFound()
        if roles is not None and not self.sees_esa(esa, roles):
            raise Forbidden()

    def require_province(self, province: str, roles: Iterable[Role] | None = None) -> None:
        if not (self.sees_province(province) or self._sees_any_esa_of(province)):
            raise NotFound()
        if roles is not None and not self.sees_province(province, roles):
            raise Forbidden()

    def require_school(self, school: str, esa: str, roles: Iterable[Role] | None = None) -> None:
        if not self.acts_for_school(school, esa):
            raise NotFound()
        if roles is not None and not self.acts_for_school(school, esa, roles):
            raise Forbidden()

    def _sees_any_esa_of(self, province: str) -> bool:
        return any(
            g.level in (Level.ESA, Level.SCHOOL) and (g.province == province) for g in self.grants
        )
