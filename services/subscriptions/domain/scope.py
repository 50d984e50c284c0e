"""Which events an endpoint receives: its scope (ESA, province, nation) and its event types.

An event belongs to the organisation named by its CloudEvents extension attributes: `tenantid`
(the owning ESA, or a province for its committees' records, `th` for national records) and
`provinceid`. An ESA scope receives the events whose tenant is that ESA; a province scope those
whose province is that province (its ESAs' and its own); the nation scope every event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kit.auth.principal import NATION, Level, esa_province
from kit.events import CloudEvent

LEVELS = (Level.ESA, Level.PROVINCE, Level.NATION)
TYPE_PATTERN = re.compile(r"^(\*|[a-z][a-z0-9_]*\.(\*|[A-Z][A-Za-z0-9]*))$")


@dataclass(frozen=True)
class Scope:
    level: Level
    id: str

    @property
    def province(self) -> str:
        if self.level is Level.ESA:
            return esa_province(self.id)
        return self.id  # a province code, or "th" for the nation

    def covers(self, event: CloudEvent) -> bool:
        match self.level:
            case Level.NATION:
                return True
            case Level.PROVINCE:
                return event.provinceid == self.id
            case Level.ESA:
                return event.tenantid == self.id
        return False


def scope_of(level: str, scope_id: str) -> Scope:
    """A scope from its stored form; ValueError for a level endpoints do not use."""
    chosen = Level(level)
    if chosen not in LEVELS:
        raise ValueError(f"endpoints are scoped to an ESA, a province or the nation, not {level}")
    if chosen is Level.NATION and scope_id != NATION:
        raise ValueError("the nation scope's id is 'th'")
    if chosen is Level.ESA and "-" not in scope_id:
        raise ValueError("an ESA code has its province code, a dash and a number (loei-3)")
    if chosen is Level.PROVINCE and "-" in scope_id:
        raise ValueError("a province code has no dash (loei)")
    return Scope(chosen, scope_id)


def type_matches(patterns: Iterable[str], event_type: str) -> bool:
    """`*` takes every type, `needs.*` every type of the needs service, else exact types."""
    service = event_type.split(".", 1)[0]
    return any(p in ("*", event_type, f"{service}.*") for p in patterns)


def wants(scope: Scope, patterns: Iterable[str], event: CloudEvent) -> bool:
    return scope.covers(event) and type_matches(patterns, event.type)
