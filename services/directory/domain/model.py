"""Directory rules: what may be registered, moved, granted. Pure functions over history."""

from __future__ import annotations

from datetime import date

from kit.auth.principal import ROLE_LEVEL, Level, Role, esa_province
from kit.errors import InvalidInput, RuleViolation
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
    """Registration is idempotent: an entity already registered is left as it is."""
    return [] if history else [event]


def register_esa(history: list[DomainEvent], event: ev.EsaRegistered) -> list[DomainEvent]:
    if esa_province(event.esa) != event.province:
        raise InvalidInput(
            "รหัสเขตพื้นที่ต้องขึ้นต้นด้วยรหัสจังหวัด เช่น loei-3",
            "An ESA code begins with its province code, e.g. loei-3.",
            code="esa_code_province_mismatch",
        )
    return register_once(history, event)


def current_school(history: list[DomainEvent]) -> tuple[str, str] | None:
    """(ESA, cluster) of a school now, or None if never registered."""
    where: tuple[str, str] | None = None
    for e in history:
        if isinstance(e, ev.SchoolRegistered):
            where = (e.esa, e.cluster)
        elif isinstance(e, ev.SchoolMoved):
            where = (e.to_esa, e.to_cluster)
    return where


def move_school(
    history: list[DomainEvent], school: str, to_esa: str, to_cluster: str, effective_from: date
) -> list[DomainEvent]:
    where = current_school(history)
    if where is None:
        raise RuleViolation("ไม่พบโรงเรียนนี้", "This school is not registered.", code="unknown_school")
    if where == (to_esa, to_cluster):
        return []
    if esa_province(to_esa) != esa_province(where[0]):
        raise RuleViolation(
            "ย้ายโรงเรียนข้ามจังหวัดไม่ได้",
            "A school cannot move to another province.",
            code="move_across_provinces",
        )
    return [
        ev.SchoolMoved(
            school=school,
            from_esa=where[0],
            from_cluster=where[1],
            to_esa=to_esa,
            to_cluster=to_cluster,
            province=esa_province(to_esa),
            effective_from=effective_from,
        )
    ]


def grant_role(history: list[DomainEvent], grant: ev.RoleGranted) -> list[DomainEvent]:
    if not any(isinstance(e, ev.PersonRegistered) for e in history):
        raise RuleViolation("ไม่พบบุคคลนี้", "This person is not registered.", code="unknown_person")
    expected = ROLE_LEVEL[Role(grant.role)]
    if expected is not None and Level(grant.level) is not expected:
        raise InvalidInput(
            "ระดับของบทบาทไม่ถูกต้อง",
            f"The role {grant.role} is granted at the {expected.value} level.",
            code="role_level_mismatch",
        )
    held = {(g.role, g.level, g.scope) for g in active_grants(history)}
    return [] if (grant.role, grant.level, grant.scope) in held else [grant]


def active_grants(history: list[DomainEvent]) -> list[ev.RoleGranted]:
    grants: dict[tuple[str, str, str], ev.RoleGranted] = {}
    for e in history:
        if isinstance(e, ev.RoleGranted):
            grants[(e.role, e.level, e.scope)] = e
        elif isinstance(e, ev.RoleRevoked):
            grants.pop((e.role, e.level, e.scope), None)
    return list(grants.values())
