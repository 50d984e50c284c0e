"""Who may manage which endpoints: an admin or an integration, at or above the endpoint's scope.

A grant reaches a scope when it covers it: a national grant every scope, a provincial grant its
province and that province's ESAs, an ESA grant its own ESA. School grants reach no endpoint.
A caller no grant of whom reaches the scope gets 404 (its existence is not revealed); one who
reaches it with another role gets 403.
"""

from __future__ import annotations

from typing import Any

from kit.auth.principal import Grant, Level, Principal, Role
from kit.errors import Forbidden, NotFound
from services.subscriptions.domain.scope import Scope

MANAGERS = frozenset({Role.ADMIN, Role.INTEGRATION})


def reaches(grant: Grant, scope: Scope) -> bool:
    if grant.level is Level.SCHOOL:
        return False
    match scope.level:
        case Level.NATION:
            return grant.level is Level.NATION
        case Level.PROVINCE:
            return grant.covers_province(scope.id)
        case Level.ESA:
            return grant.covers_esa(scope.id)
    return False


def require_manager(principal: Principal, scope: Scope) -> Role:
    """The role the caller manages this scope's endpoints with; 404 or 403 otherwise."""
    reaching = [g for g in principal.grants if reaches(g, scope)]
    if not reaching:
        raise NotFound()
    for grant in reaching:
        if grant.role in MANAGERS:
            return grant.role
    raise Forbidden(
        "เฉพาะผู้ดูแลระบบหรือระบบที่เชื่อมต่อเท่านั้นที่จัดการปลายทางเว็บฮุกได้",
        "Only an admin or an integration may manage webhook endpoints.",
    )


def listing_filters(principal: Principal) -> list[dict[str, Any]]:
    """One equality filter per managing grant: together, every endpoint the caller may manage."""
    filters: list[dict[str, Any]] = []
    for g in principal.grants:
        if g.role not in MANAGERS:
            continue
        if g.level is Level.NATION:
            return [{"kind": "endpoint"}]
        if g.level is Level.PROVINCE:
            filters.append({"kind": "endpoint", "province": g.id})
        elif g.level is Level.ESA:
            filters.append({"kind": "endpoint", "scope_id": g.id})
    return filters
