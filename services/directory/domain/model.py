"""Directory streams, and the idempotent decisions that load reference and demo data.

One stream per unit and per person, each id globally unique: `province-loei`,
`esa-loei-3`, `cluster-loei-3-nahaeo`, `school-1042060101`, `person-malee.jaidee`. A
cluster's and a school's stream stay with the ESA that registered them (their tenant); moves
are events in them.
"""

from __future__ import annotations

from kit.events import DomainEvent
from services.directory.domain import events as ev


def stream_of_province(province: str) -> str:
    return f"province-{province}"


def stream_of_esa(esa: str) -> str:
    return f"esa-{esa}"


def stream_of_cluster(cluster: str) -> str:
    return f"cluster-{cluster}"


def stream_of_school(school: str) -> str:
    return f"school-{school}"


def stream_of_person(person: str) -> str:
    return f"person-{person}"


def register_once(history: list[DomainEvent], event: DomainEvent) -> list[DomainEvent]:
    """Loading reference data: a unit already registered is left as it is (renamed, moved
    or closed since, it stays so)."""
    return [] if history else [event]


def seed_grant(history: list[DomainEvent], grant: ev.RoleGranted) -> list[DomainEvent]:
    """Loading demo grants: granted once ever. A grant revoked since is not given again."""
    if not any(isinstance(e, ev.PersonRegistered) for e in history):
        return []
    key = (grant.role, grant.level, grant.scope)
    for e in history:
        if isinstance(e, ev.RoleGranted | ev.RoleRevoked) and (e.role, e.level, e.scope) == key:
            return []
    return [grant]
