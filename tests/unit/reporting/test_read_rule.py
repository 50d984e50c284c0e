"""Who may read what in reporting (api.access): one rule, and every route passes through it.

A school's staff and director read their own school's figures and nothing of their ESA's
(403: they belong there, but the ESA's figures list other schools); a supervisor of one
cluster reads that cluster's schools, not the ESA's figures; ESA staff their ESA, provincial
roles their province, national roles everything; another tenant's office is not found (404).
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import APIRoute

from kit.auth.principal import Grant, Level, Place, Principal, Role
from kit.errors import Forbidden, NotFound
from services.reporting.api.access import ADMINS, EVERYONE, STAFF, require
from services.reporting.main import create_app

SCHOOL = Place.of_school("1042060101", "loei-3", "loei-3-nahaeo")
NEIGHBOUR = Place.of_school("1042060102", "loei-3", "loei-3-nahaeo")
ELSEWHERE = Place.of_school("1042060108", "loei-3", "loei-3-other")


def caller(role: Role, level: Level, id_: str, esa: str = "", province: str = "") -> Principal:
    return Principal("test", "ผู้ทดสอบ", (Grant(role, level, id_, esa, province),))


DIRECTOR = caller(Role.SCHOOL_DIRECTOR, Level.SCHOOL, "1042060101", "loei-3", "loei")
SUPERVISOR = caller(Role.SUPERVISOR, Level.ESA, "loei-3", province="loei")
CLUSTER = caller(Role.SUPERVISOR, Level.CLUSTER, "loei-3-nahaeo", "loei-3", "loei")
OFFICER = caller(Role.PROVINCIAL_OFFICER, Level.PROVINCE, "loei")
POLICY = caller(Role.POLICY_COMMITTEE, Level.NATION, "th")
RAYONG = caller(Role.SCHOOL_DIRECTOR, Level.SCHOOL, "1021080101", "rayong-2", "rayong")

CASES = [  # (caller, place, readers, answer)
    (DIRECTOR, SCHOOL, EVERYONE, 200),
    (DIRECTOR, NEIGHBOUR, EVERYONE, 404),
    (DIRECTOR, Place.of_esa("loei-3"), STAFF, 403),
    (DIRECTOR, Place.of_province("loei"), STAFF, 403),
    (DIRECTOR, Place(), STAFF, 403),
    (DIRECTOR, Place.of_esa("rayong-2"), STAFF, 404),
    (RAYONG, SCHOOL, EVERYONE, 404),
    (RAYONG, Place.of_esa("loei-3"), STAFF, 404),
    (CLUSTER, SCHOOL, EVERYONE, 200),
    (CLUSTER, ELSEWHERE, EVERYONE, 404),
    (CLUSTER, Place.of_esa("loei-3"), STAFF, 403),
    (SUPERVISOR, SCHOOL, EVERYONE, 200),
    (SUPERVISOR, Place.of_esa("loei-3"), STAFF, 200),
    (SUPERVISOR, Place.of_esa("loei-1"), STAFF, 404),
    (SUPERVISOR, Place.of_province("loei"), STAFF, 403),
    (OFFICER, Place.of_esa("loei-1"), STAFF, 200),
    (OFFICER, Place.of_province("loei"), STAFF, 200),
    (OFFICER, Place.of_province("rayong"), STAFF, 404),
    (OFFICER, Place(), STAFF, 403),
    (POLICY, Place(), STAFF, 200),
    (POLICY, Place(), ADMINS, 403),
]


def answer(principal: Principal, place: Place, readers: frozenset[Role]) -> int:
    try:
        require(principal, place, readers)
    except NotFound:
        return 404
    except Forbidden:
        return 403
    return 200


@pytest.mark.parametrize(("principal", "place", "readers", "expected"), CASES)
def test_the_read_rule(
    principal: Principal, place: Place, readers: frozenset[Role], expected: int
) -> None:
    assert answer(principal, place, readers) == expected


def dependencies(route: APIRoute) -> list[str]:
    found, todo = [], list(route.dependant.dependencies)
    while todo:
        dependant = todo.pop()
        found.append(getattr(dependant.call, "__name__", ""))
        todo += dependant.dependencies
    return found


def api_routes(routes: list[Any]) -> list[APIRoute]:
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):  # an included router
            found += api_routes(route.original_router.routes)
    return found


def test_every_report_view_export_and_administration_route_passes_through_the_rule() -> None:
    reporting = [r for r in api_routes(create_app().routes) if r.path.startswith("/v1/")]
    assert len(reporting) >= 60
    for route in reporting:
        assert any(name.endswith("_office") for name in dependencies(route)), route.path
