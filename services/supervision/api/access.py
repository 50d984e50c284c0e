"""Who may do and read what in supervision (docs/supervision.md, "Who reads what").

Places (kit.auth.place) decide it: a grant covers its own place and everything under it.
- A command on a school (a visit, its 4Q year, its SAR...) needs a grant of the command's roles
  covering the school: the ESA's supervisors, a cluster's supervisor for its schools, the school
  itself for its own answers. Outside the caller's places: 404; inside but without the role: 403.
- The ESA's own records (its plan as a whole, trainings, partners, dissemination, syntheses,
  its 4Q drive) are read and written by grants covering the ESA as a whole; a school or a
  cluster's supervisor in it gets 403.
- School records (visits, action items, follow-ups, 4Q, SAR, coverage lines, honoured
  teachers) are read by the ESA's readers whole, narrowed to a cluster for its supervisor and
  to the school itself for a school: never another school's.
- A province's records are read by everyone of the province and the nation; its commands need
  the province's role (the driving committee, the provincial education office).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kit.auth.place import Place
from kit.auth.principal import SCHOOL_ROLES, Principal, Role
from kit.errors import Forbidden

SUPERVISORS = frozenset({Role.SUPERVISOR})
PLANNERS = frozenset({Role.SUPERVISOR, Role.ESA_DIRECTOR})
DIRECTORS = frozenset({Role.ESA_DIRECTOR})
HONOURING = frozenset({Role.ESA_DIRECTOR, Role.DRIVING_COMMITTEE})
SCHOOLS = SCHOOL_ROLES
STAFF = frozenset(set(Role) - SCHOOL_ROLES)  # those who read an office's records
DRIVING = frozenset({Role.DRIVING_COMMITTEE})
OFFICERS = frozenset({Role.PROVINCIAL_OFFICER})

Admits = Callable[[dict[str, Any]], bool]


def acting_role(principal: Principal, place: Place, roles: Iterable[Role]) -> Role:
    """The role the caller acts with at `place`: 404 outside their places, 403 without one of
    `roles` covering it."""
    principal.require_place(place, roles)
    wanted = set(roles)
    return next(g.role for g in principal.grants if g.role in wanted and g.covers(place))


def held_role(principal: Principal, esa: str, roles: Iterable[Role]) -> Role:
    """One of `roles` the caller holds in the ESA, for a command whose place (a school) its own
    stream tells and is checked inside the decision: 404 outside the ESA, 403 without any."""
    principal.require_place(Place.of_esa(esa))
    wanted = set(roles)
    found = next((g.role for g in principal.grants if g.role in wanted), None)
    if found is None:
        raise Forbidden()
    return found


def office(principal: Principal, esa: str, roles: Iterable[Role] = STAFF) -> Role:
    """The ESA's own records: a grant of `roles` covering the ESA as a whole."""
    return acting_role(principal, Place.of_esa(esa), roles)


def school_reader(principal: Principal, esa: str) -> Admits:
    """Which school records of the ESA the caller reads (404 when none of the ESA is theirs)."""
    principal.require_place(Place.of_esa(esa))
    return lambda doc: principal.covers(school_place(doc))


def staff_reader(principal: Principal, esa: str) -> Admits:
    """School records as the ESA's staff read them (a cluster's supervisor: its cluster's);
    a school reads none of them: 403."""
    esa_place = Place.of_esa(esa)
    admits = school_reader(principal, esa)
    if not any(
        g.role in STAFF and (g.covers(esa_place) or g.within(esa_place)) for g in principal.grants
    ):
        raise Forbidden()
    return admits


def school_place(doc: dict[str, Any]) -> Place:
    return Place.of_school(doc.get("school", ""), doc.get("esa", ""), doc.get("cluster", ""))


def province_reader(principal: Principal, province: str) -> None:
    """A province's records: anyone of the province (or above) reads them."""
    principal.require_place(Place.of_province(province))
