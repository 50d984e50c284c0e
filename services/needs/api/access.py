"""Who may read and do what in the needs service: every route's scope check passes here.

Places (kit.auth.place): the ESA as a whole, or one school of it (with its cluster when it is
known). Outside the caller's scope a route answers 404 (existence is not revealed); in scope
without the role it needs, 403.

- ESA-wide work and lists (schools, templates, campaigns as a whole, summaries, exports,
  non-respondents, improvements, dispatches of model media as a whole) need a grant over the
  whole ESA: its staff, and provincial and national roles. A school or a cluster grant of the
  ESA gets 403.
- A school's records (its response, production records, service requests, receipts, the
  follow-ups about it) are read by ESA staff, by a cluster grant over its cluster, and by the
  school itself; anyone else gets 404. Lists of such records hold what the caller reads.
- A school reads the campaigns and dispatches addressed to it, and only its own part of them.
- Commands: a supervisor of the ESA for ESA-wide work; a supervisor covering the school
  (the ESA's, or of its cluster) for supervision of a school's record; the school itself (its
  director or staff) for its own records.
"""

from __future__ import annotations

from kit.auth.grant import Grant
from kit.auth.place import Place
from kit.auth.principal import Principal
from kit.auth.roles import SCHOOL_ROLES, Level, Role
from kit.errors import Forbidden

SUPERVISORS = frozenset({Role.SUPERVISOR})
SCHOOLS = SCHOOL_ROLES
STAFF = frozenset(Role) - SCHOOL_ROLES


def acting_role(principal: Principal, place: Place, roles: frozenset[Role]) -> Role:
    """The role the caller acts in at `place`: 404 outside scope (the place's ESA first), 403
    without one of `roles`."""
    if place.esa:
        require_in_esa(principal, place.esa)
    principal.require_place(place, roles)
    return next(g.role for g in principal.grants if g.role in roles and g.covers(place))


def supervisor_of_esa(principal: Principal, esa: str) -> Role:
    return acting_role(principal, Place.of_esa(esa), SUPERVISORS)


def require_in_esa(principal: Principal, esa: str) -> None:
    """The ESA is in scope at all (before anything of it is read): else 404."""
    principal.require_place(Place.of_esa(esa))


def require_staff(principal: Principal, esa: str) -> None:
    """ESA-wide reading: a grant over the whole ESA (403 for its schools and clusters)."""
    principal.require_place(Place.of_esa(esa), STAFF)


def require_reader(principal: Principal, esa: str, school: str, cluster: str) -> None:
    """A school's record: its ESA's staff, its cluster's grant, or the school itself."""
    principal.require_place(Place.of_school(school, esa, cluster))


def own_school(principal: Principal, esa: str) -> str | None:
    """None for ESA staff (who read every school's part); a school's code for a school, which
    reads only its own. 403 for other callers of the ESA, 404 outside it."""
    place = Place.of_esa(esa)
    principal.require_place(place)
    if principal.covers(place):
        return None
    school = next((g.id for g in _grants_in(principal, esa, Level.SCHOOL)), None)
    if school is None:
        raise Forbidden(details={"needs": "a grant over the whole ESA, or a school's"})
    return school


def reader_filter(principal: Principal, esa: str) -> dict[str, str]:
    """What of the ESA's per-school lists the caller reads: every school's (ESA staff), a
    cluster's (a cluster grant), or a school's own."""
    place = Place.of_esa(esa)
    principal.require_place(place)
    if principal.covers(place):
        return {}
    cluster = next((g.id for g in _grants_in(principal, esa, Level.CLUSTER)), None)
    if cluster is not None:
        return {"cluster": cluster}
    return {"school": own_school(principal, esa) or ""}


def _grants_in(principal: Principal, esa: str, level: Level) -> list[Grant]:
    return [g for g in principal.grants if g.level is level and g.esa == esa]
