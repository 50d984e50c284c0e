"""Development tokens: for a registered person (login), or for a bare role and scope (CLI)."""

from __future__ import annotations

from typing import Any

from kit.auth.principal import ROLE_LEVELS, Grant, Level, Principal, Role, esa_province
from kit.errors import InvalidInput
from services.directory import reference as ref

ROLE_ALIASES = {"school": Role.SCHOOL_DIRECTOR}


def principal_of_person(doc: dict[str, Any]) -> Principal:
    grants = tuple(
        Grant(
            role=Role(g["role"]),
            level=Level(g["level"]),
            id=g["scope"],
            esa=g.get("esa", ""),
            province=g.get("province", ""),
        )
        for g in doc.get("grants", [])
    )
    return Principal(subject=doc["person"], name=doc.get("name_th", ""), grants=grants)


def principal_for(role_name: str, scope: str) -> Principal:
    """A principal holding one role over one scope, placed with the demo reference data.

    `school <code>` (or school_staff / school_director) needs a known school code; ESA roles an
    ESA code (a supervisor a cluster code too); provincial roles a province code; national
    roles `th`.
    """
    try:
        role = ROLE_ALIASES.get(role_name) or Role(role_name)
    except ValueError as exc:
        known = ", ".join(["school", *(r.value for r in Role)])
        raise InvalidInput(
            f"ไม่รู้จักบทบาท {role_name}", f"Unknown role {role_name!r}; one of: {known}"
        ) from exc
    allowed = ROLE_LEVELS[role]
    level = next(iter(allowed)) if len(allowed) == 1 else _level_of_scope(scope)
    if level not in allowed:
        level = Level.ESA  # a supervisor: an ESA unless the scope is a cluster
    if level is Level.CLUSTER:
        cluster = ref.CLUSTER_BY_CODE[scope]
        grant = Grant(role, level, scope, esa=cluster.esa, province=esa_province(cluster.esa))
    elif level is Level.SCHOOL:
        school = ref.SCHOOL_BY_CODE.get(scope)
        if school is None:
            raise InvalidInput("ไม่พบรหัสโรงเรียน", f"Unknown school code {scope!r}")
        grant = Grant(role, level, scope, esa=school.esa, province=esa_province(school.esa))
    elif level is Level.ESA:
        if scope not in ref.ESA_BY_CODE:
            raise InvalidInput("ไม่พบเขตพื้นที่", f"Unknown ESA code {scope!r}")
        grant = Grant(role, level, scope, province=esa_province(scope))
    elif level is Level.PROVINCE:
        if scope not in {p.code for p in ref.PROVINCES}:
            raise InvalidInput("ไม่พบจังหวัด", f"Unknown province code {scope!r}")
        grant = Grant(role, level, scope)
    else:
        grant = Grant(role, Level.NATION, "th")
    return Principal(
        subject=f"dev:{role.value}:{scope}", name=f"{role.value} ({scope})", grants=(grant,)
    )


def _level_of_scope(scope: str) -> Level:
    if scope == "th":
        return Level.NATION
    if scope in ref.SCHOOL_BY_CODE:
        return Level.SCHOOL
    if scope in ref.ESA_BY_CODE:
        return Level.ESA
    if scope in ref.CLUSTER_BY_CODE:
        return Level.CLUSTER
    return Level.PROVINCE
