"""A cluster's schools follow it to another ESA, whatever order the policy sees the events in:
a school placed while its cluster moves is moved by one side or the other, never missed."""

from __future__ import annotations

from datetime import date

from kit.commands import CommandRunner
from kit.events import CloudEvent
from kit.eventstore.memory import InMemoryEventStore
from services.directory.application import organisation, schools, units
from services.directory.application.placement import on_directory_event
from services.directory.application.seeding import load_demo_data
from services.directory.domain import commands as cmd
from tests.unit.directory.memory import NATIONAL, MemoryClaims, MemoryMembers, meta, runner

MOVE = cmd.MoveCluster(to_esa="loei-2", effective_from=date(2026, 11, 1))
NEW_SCHOOL = cmd.RegisterSchool(
    school="1042050104", name_th="โรงเรียนบ้านใหม่", cluster="loei-3-dansai"
)


async def published(store: InMemoryEventStore, seen: set[str]) -> list[CloudEvent]:
    """Events committed since the last call (what the relay would publish)."""
    fresh = [e for c in await store.pending(10_000) for e in c.events if e.id not in seen]
    seen.update(e.id for e in fresh)
    return fresh


async def deliver(r: CommandRunner, members: MemoryMembers, events: list[CloudEvent]) -> None:
    for event in events:
        await on_directory_event(r, members, event)


async def esa_of(r: CommandRunner, school: str) -> str:
    s = await units.school(r, school)
    assert s is not None
    return s.esa


async def test_the_schools_of_a_moved_cluster_follow_it_from_the_day_of_the_move() -> None:
    store, members, seen = InMemoryEventStore(), MemoryMembers(), set[str]()
    r = runner(store)
    await load_demo_data(r)
    await deliver(r, members, await published(store, seen))
    await organisation.move_cluster(r, meta(), NATIONAL, "loei-3-dansai", MOVE)
    await deliver(r, members, await published(store, seen))
    for school in ("1042050101", "1042050102", "1042050103"):
        assert await esa_of(r, school) == "loei-2"
        s = await units.school(r, school)
        assert s is not None and s.placed_since == date(2026, 11, 1)
    assert await esa_of(r, "1042060101") == "loei-3"
    again = await published(store, seen)
    await deliver(r, members, again * 2)  # the policy's own moves, delivered twice
    assert await published(store, seen) == []


async def test_a_school_placed_as_its_cluster_moves_follows_in_either_order() -> None:
    for school_first in (True, False):
        store, members, seen = InMemoryEventStore(), MemoryMembers(), set[str]()
        r = runner(store)
        await load_demo_data(r)
        await deliver(r, members, await published(store, seen))
        await schools.register_school(r, MemoryClaims(), meta(), NATIONAL, "loei-3", NEW_SCHOOL)
        registered = await published(store, seen)
        if school_first:  # the policy saw the school before the cluster moved
            await deliver(r, members, registered)
        await organisation.move_cluster(r, meta(), NATIONAL, "loei-3-dansai", MOVE)
        moved = await published(store, seen)
        await deliver(r, members, moved if school_first else moved + registered)
        await deliver(r, members, await published(store, seen))
        assert await esa_of(r, "1042050104") == "loei-2", school_first


async def test_a_school_that_left_the_cluster_or_closed_stays_where_it_is() -> None:
    store, members, seen = InMemoryEventStore(), MemoryMembers(), set[str]()
    r = runner(store)
    await load_demo_data(r)
    await deliver(r, members, await published(store, seen))
    leave = cmd.MoveSchool(to_cluster="loei-3-nahaeo", effective_from=date(2026, 10, 1))
    await schools.move_school(r, meta(), NATIONAL, "1042050101", leave)
    await schools.close_school(r, meta(), NATIONAL, "1042050102", cmd.CloseSchool())
    await deliver(r, members, await published(store, seen))
    await organisation.move_cluster(r, meta(), NATIONAL, "loei-3-dansai", MOVE)
    await deliver(r, members, await published(store, seen))
    assert await esa_of(r, "1042050101") == "loei-3"
    assert await esa_of(r, "1042050102") == "loei-3"
    assert await esa_of(r, "1042050103") == "loei-2"
