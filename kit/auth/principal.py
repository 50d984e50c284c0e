"""The caller, from a verified token: roles, each granted at a level of the organisation.

Levels: school (by OBEC school code), school cluster, ESA (the tenant), province, nation. A
grant covers its own place and everything under it (kit.auth.place): a provincial officer of
Loei reads loei-1, loei-2 and loei-3; a supervisor granted the Na Haeo cluster covers that
cluster's schools and nothing else, not even the rest of its ESA. ESA codes begin with their
province code and a dash (`loei-3`, `rayong-2`), which is how a province grant knows its ESAs
without asking the directory. Whether a school is in a cluster is not in the token: the
service that knows the school's cluster passes it (`acts_for_school(..., cluster=...)`, or a
whole `Place`); without it a cluster grant covers no school (it fails closed).

This module is the one place where scope is decided: services ask `sees_esa`, `acts_for_school`,
`covers` or `require...` and never compare tenant ids themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kit.auth.grant import Grant
from kit.auth.place import NATION, Place, esa_province
from kit.auth.roles import ROLE_LEVEL, ROLE_LEVELS, SCHOOL_ROLES, Level, Role
from kit.errors import Forbidden, NotFound

__all__ = [
    "NATION",
    "ROLE_LEVEL",
    "ROLE_LEVELS",
    "SCHOOL_ROLES",
    "Grant",
    "Level",
    "Place",
    "Principal",
    "Role",
    "esa_province",
]


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

    def covers(self, place: Place, roles: Iterable[Role] | None = None) -> bool:
        """A grant (of one of `roles`) covers `place`: its own place or one above it."""
        return any(g.covers(place) for g in self._with(roles))

    def sees(self, place: Place) -> bool:
        """`place` is in scope: a grant covers it, or the caller belongs somewhere in it."""
        return any(g.covers(place) or g.within(place) for g in self.grants)

    def require_place(self, place: Place, roles: Iterable[Role] | None = None) -> None:
        """404 when `place` is outside the caller's scope; 403 when in scope but no grant of
        `roles` covers it."""
        if not self.sees(place):
            raise NotFound()
        if roles is not None and not self.covers(place, roles):
            raise Forbidden()

    def sees_esa(self, esa: str, roles: Iterable[Role] | None = None) -> bool:
        return any(g.covers_esa(esa) for g in self._with(roles))

    def sees_province(self, province: str, roles: Iterable[Role] | None = None) -> bool:
        """Reads the whole province (a province or national grant)."""
        return any(g.covers_province(province) for g in self._with(roles))

    def sees_nation(self, roles: Iterable[Role] | None = None) -> bool:
        return any(g.level is Level.NATION for g in self._with(roles))

    def acts_for_school(
        self, school: str, esa: str, roles: Iterable[Role] | None = None, *, cluster: str = ""
    ) -> bool:
        """A grant covers the school; a cluster grant only when `cluster` (the school's) is
        given and is its own."""
        return any(g.covers_school(school, esa, cluster) for g in self._with(roles))

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

    def require_school(
        self, school: str, esa: str, roles: Iterable[Role] | None = None, *, cluster: str = ""
    ) -> None:
        if not self.acts_for_school(school, esa, cluster=cluster):
            raise NotFound()
        if roles is not None and not self.acts_for_school(school, esa, roles, cluster=cluster):
            raise Forbidden()

    def _sees_any_esa_of(self, province: str) -> bool:
        below = (Level.ESA, Level.CLUSTER, Level.SCHOOL)
        return any(g.level in below and g.province == province for g in self.grants)
