"""Who administers what: the national admin everywhere, an ESA's admin within the ESA, a
cluster's admin within the cluster; outside one's scope 404, within it without the role 403."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from kit.auth.principal import Grant, Level, Principal, Role
from kit.commands import CommandRunner
from kit.errors import Forbidden, NotFound
from kit.eventstore.memory import InMemoryEventStore
from services.directory.application import organisation, people, schools
from services.directory.application.seeding import load_demo_data
from services.directory.domain import commands as cmd
from tests.unit.directory.memory import LOEI_3, NATIONAL, MemoryClaims, admin_at, meta, runner

NA_HAEO_ADMIN = admin_at(Level.CLUSTER, "loei-3-nahaeo", "loei-3", "loei")
SUPERVISOR = Principal("s", "ศน.", (Grant(Role.SUPERVISOR, Level.ESA, "loei-3", province="loei"),))
CLUSTER = cmd.CreateCluster(cluster="loei-3-nongpue", name_th="กลุ่มโรงเรียนหนองผือ")


@pytest.fixture
async def r() -> CommandRunner:
    store = InMemoryEventStore()
    await load_demo_data(runner(store))
    return runner(store)


async def refused(call: Callable[[], Awaitable[Any]]) -> type[Exception] | None:
    try:
        await call()
    except (NotFound, Forbidden) as exc:
        return type(exc)
    return None


async def test_an_esa_admin_builds_within_the_esa_only(r: CommandRunner) -> None:
    claims = MemoryClaims()
    done = await organisation.create_cluster(r, claims, meta(), LOEI_3, "loei-3", CLUSTER)
    assert done.answer["esa"] == "loei-3"
    elsewhere = cmd.CreateCluster(cluster="loei-1-nadueang", name_th="x")
    create = organisation.create_cluster
    assert await refused(lambda: create(r, claims, meta(), LOEI_3, "loei-1", elsewhere)) is NotFound
    esa = cmd.CreateEsa(esa="loei-4", name_th="x", short_th="x")
    assert (
        await refused(lambda: organisation.create_esa(r, meta(), LOEI_3, "loei", esa)) is Forbidden
    )
    to_loei_2 = cmd.MoveCluster(to_esa="loei-2")
    move = organisation.move_cluster
    assert await refused(lambda: move(r, meta(), LOEI_3, "loei-3-nahaeo", to_loei_2)) is NotFound
    assert (await move(r, meta(), NATIONAL, "loei-3-nahaeo", to_loei_2)).answer["esa"] == "loei-2"


async def test_an_esa_admin_grants_at_or_under_the_esa_only(r: CommandRunner) -> None:
    at_cluster = cmd.GrantRole(role=Role.SUPERVISOR, level=Level.CLUSTER, scope="loei-3-nahaeo")
    done = await people.grant_role(r, meta(), LOEI_3, "somchai.rakrian", at_cluster)
    shown = {(g["role"], g["level"], g["scope"]) for g in done.answer["grants"]}
    assert shown == {("supervisor", "cluster", "loei-3-nahaeo")}  # not his loei-1 grant
    officer = cmd.GrantRole(role=Role.PROVINCIAL_OFFICER, scope="loei")
    grant = people.grant_role
    assert await refused(lambda: grant(r, meta(), LOEI_3, "somchai.rakrian", officer)) is Forbidden
    at_rayong = cmd.GrantRole(role=Role.SUPERVISOR, scope="rayong-2")
    assert await refused(lambda: grant(r, meta(), LOEI_3, "somchai.rakrian", at_rayong)) is NotFound
    assert (
        await refused(lambda: grant(r, meta(), SUPERVISOR, "somchai.rakrian", at_cluster))
        is Forbidden
    )


async def test_a_cluster_admin_administers_the_cluster_s_schools_only(r: CommandRunner) -> None:
    rename = cmd.Rename(name_th="โรงเรียนบ้านนาแห้ววิทยา")
    done = await schools.rename_school(r, meta(), NA_HAEO_ADMIN, "1042060101", rename)
    assert done.answer["name_th"] == "โรงเรียนบ้านนาแห้ววิทยา"
    other = schools.rename_school
    assert await refused(lambda: other(r, meta(), NA_HAEO_ADMIN, "1042050101", rename)) is NotFound
    new = cmd.RegisterSchool(school="1042060115", name_th="x", cluster="loei-3-nahaeo")
    claims = MemoryClaims()
    answer = await schools.register_school(r, claims, meta(), NA_HAEO_ADMIN, "loei-3", new)
    assert answer.answer["cluster"] == "loei-3-nahaeo"
    close = organisation.close_cluster
    closing = cmd.CloseCluster()
    assert (
        await refused(lambda: close(r, meta(), NA_HAEO_ADMIN, "loei-3-nahaeo", closing, 0))
        is Forbidden
    )


async def test_a_school_code_claimed_by_one_esa_is_refused_to_another(r: CommandRunner) -> None:
    claims = MemoryClaims()
    first = cmd.RegisterSchool(school="1042990101", name_th="x", cluster="loei-3-nahaeo")
    await schools.register_school(r, claims, meta(), NATIONAL, "loei-3", first)
    second = first.model_copy(update={"cluster": "loei-2-phuluang"})
    register = schools.register_school
    with pytest.raises(Exception) as refused_twice:
        await register(r, claims, meta(), NATIONAL, "loei-2", second)
    assert getattr(refused_twice.value, "code", "") == "duplicate_code"
