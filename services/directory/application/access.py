"""Who may administer which part of the organisation.

An administrator (role admin) administers the place of their grant and everything under it:
the national admin the whole country, an ESA's admin that ESA's clusters, schools and the
grants at or under it. To create, rename, move or close a unit one administers its parent
(a province: the nation; an ESA: its province; a cluster: its ESA; a school: its cluster);
a move needs the old parent and the new one; a grant or its revocation needs the place it is
granted at. Outside the caller's scope the answer is 404, within it without the admin role 403.
"""

from __future__ import annotations

from kit.auth.principal import Place, Principal, Role
from kit.errors import Forbidden, NotFound

ADMINS = frozenset({Role.ADMIN})


def administer(principal: Principal | None, *places: Place) -> None:
    """Refuse unless the caller administers every place; None is the system itself (reference
    data, the placement policy)."""
    if principal is None:
        return
    for place in places:
        try:
            principal.require_place(place, ADMINS)
        except NotFound as exc:
            raise NotFound(
                "ไม่พบหน่วยงานนี้ในขอบเขตที่ท่านดูแล", "Not found within the organisation you administer."
            ) from exc


def administer_within(principal: Principal | None, place: Place) -> None:
    """Refuse unless the caller administers `place` or some part of it (a cluster's admin
    registering a school in their ESA, before the cluster they named is checked)."""
    if principal is None:
        return
    principal.require_place(place)
    if not any(g.role in ADMINS and (g.covers(place) or g.within(place)) for g in principal.grants):
        raise Forbidden()


def an_admin(principal: Principal | None) -> None:
    """403 for a caller who administers nothing (before a command's input is looked at)."""
    if principal is not None and not any(g.role in ADMINS for g in principal.grants):
        raise Forbidden()
