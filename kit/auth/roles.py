"""Roles, and the levels of the organisation a role is granted at."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    SCHOOL = "school"
    CLUSTER = "cluster"
    ESA = "esa"
    PROVINCE = "province"
    NATION = "nation"


class Role(StrEnum):
    SCHOOL_STAFF = "school_staff"
    SCHOOL_DIRECTOR = "school_director"
    SUPERVISOR = "supervisor"
    ESA_DIRECTOR = "esa_director"
    ACADEMIC_SUBCOMMITTEE = "academic_subcommittee"
    DRIVING_COMMITTEE = "driving_committee"
    POLICY_COMMITTEE = "policy_committee"
    PROVINCIAL_OFFICER = "provincial_officer"
    ADMIN = "admin"
    INTEGRATION = "integration"


SCHOOL_ROLES = frozenset({Role.SCHOOL_STAFF, Role.SCHOOL_DIRECTOR})

# The level at which each role is normally granted (admin and integration: any level).
ROLE_LEVEL: dict[Role, Level | None] = {
    Role.SCHOOL_STAFF: Level.SCHOOL,
    Role.SCHOOL_DIRECTOR: Level.SCHOOL,
    Role.SUPERVISOR: Level.ESA,
    Role.ESA_DIRECTOR: Level.ESA,
    Role.ACADEMIC_SUBCOMMITTEE: Level.PROVINCE,
    Role.DRIVING_COMMITTEE: Level.PROVINCE,
    Role.POLICY_COMMITTEE: Level.NATION,
    Role.PROVINCIAL_OFFICER: Level.PROVINCE,
    Role.ADMIN: None,
    Role.INTEGRATION: None,
}

# Every level a role may be granted at: its own, and for a supervisor one school cluster
# (the supervisor of the Na Haeo cluster's fourteen schools, and no other).
ROLE_LEVELS: dict[Role, frozenset[Level]] = {
    role: frozenset(Level) if level is None else frozenset({level})
    for role, level in ROLE_LEVEL.items()
} | {Role.SUPERVISOR: frozenset({Level.ESA, Level.CLUSTER})}
