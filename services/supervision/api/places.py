"""The places a command acts on, found and checked before it runs: the school a body or a path
names (placed by the directory) and the role the caller acts with there."""

from __future__ import annotations

from collections.abc import Iterable

from kit.auth.place import Place
from kit.auth.principal import Principal, Role
from kit.errors import Forbidden
from services.supervision.api.access import acting_role
from services.supervision.application.ports import Directory, SchoolPlace
from services.supervision.application.schools import school_at, school_in_esa, schools_in_esa


async def named_school(
    principal: Principal, directory: Directory, esa: str, code: str, roles: Iterable[Role]
) -> tuple[SchoolPlace, Role]:
    """A school a command's body names: 422 when it is not the ESA's."""
    _may_act_in(principal, esa, roles)
    school = await school_in_esa(directory, esa, code)
    return school, acting_role(principal, school.place, roles)


async def path_school(
    principal: Principal, directory: Directory, esa: str, code: str, roles: Iterable[Role]
) -> tuple[SchoolPlace, Role]:
    """A school a path names: 404 when it is not the ESA's (or not the caller's)."""
    principal.require_place(Place.of_esa(esa))
    school = await school_at(directory, esa, code)
    return school, acting_role(principal, school.place, roles)


async def named_schools(
    principal: Principal, directory: Directory, esa: str, codes: list[str], roles: Iterable[Role]
) -> dict[str, SchoolPlace]:
    """Schools a command names in a list: each the ESA's and the caller's to act on."""
    _may_act_in(principal, esa, roles)
    found = await schools_in_esa(directory, esa, codes)
    for school in found:
        acting_role(principal, school.place, roles)
    return {s.school: s for s in found}


def _may_act_in(principal: Principal, esa: str, roles: Iterable[Role]) -> None:
    """Before a body's schools are looked at: 404 outside the caller's places, 403 unless one
    of `roles` is held over the ESA or somewhere in it (a reader is refused, not told that a
    school is not the ESA's)."""
    place = Place.of_esa(esa)
    principal.require_place(place)
    wanted = set(roles)
    if not any(g.role in wanted and (g.covers(place) or g.within(place)) for g in principal.grants):
        raise Forbidden()
