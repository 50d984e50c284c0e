"""The overdue watch on the in-memory event store, its view folded from the stored events."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner, StreamTarget
from kit.eventstore.memory import InMemoryEventStore
from kit.readmodel.projector import fold
from services.supervision.adapters.lookups import ReadModelLookups
from services.supervision.adapters.projections.visits import VisitsView
from services.supervision.application.overdue import mark_overdue_items
from services.supervision.domain import visits
from services.supervision.domain.events import registry
from tests.unit.supervision.examples import recorded


class FoldedViews:
    """The visits view as the stored events make it (stands in for the read-model store)."""

    @classmethod
    def lookups(cls, store: InMemoryEventStore) -> ReadModelLookups:
        return ReadModelLookups(cls(store))

    def __init__(self, store: InMemoryEventStore) -> None:
        self._store = store

    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]:
        docs = fold(VisitsView(), self._store.all_events()).values()
        return [d for d in docs if all(d.get(k) == v for k, v in flt.items())]

    async def get(self, model: str, key: str) -> dict[str, Any] | None:
        return fold(VisitsView(), self._store.all_events()).get(key)


async def setup(day: datetime) -> tuple[CommandRunner, InMemoryEventStore, FixedClock]:
    clock = FixedClock(day)
    store = InMemoryEventStore(clock)
    runner = CommandRunner(store, registry, "supervision", clock)
    meta = CommandMeta(actor_id="malee", actor_role="supervisor", name="record_visit")
    target = StreamTarget("loei-3", "loei", visits.visit_stream("v1"))
    await runner.run(target, meta, lambda h: visits.record_visit(h, recorded()))
    return runner, store, clock


def overdue_events(store: InMemoryEventStore) -> list[Any]:
    return [e for e in store.all_events() if e.type == "supervision.ActionItemBecameOverdue"]


async def test_an_item_becomes_overdue_by_itself_the_day_after_it_was_due() -> None:
    runner, store, clock = await setup(datetime(2026, 7, 10, 12, tzinfo=UTC))
    views = FoldedViews.lookups(store)
    assert await mark_overdue_items(runner, views) == 0
    clock.set(datetime(2026, 7, 11, 1, tzinfo=UTC))
    assert await mark_overdue_items(runner, views) == 1
    [event] = overdue_events(store)
    assert event.data["item_id"] == "a1" and event.data["overdue_on"] == "2026-07-11"


async def test_an_item_already_overdue_produces_nothing_more() -> None:
    runner, store, _ = await setup(datetime(2026, 7, 20, tzinfo=UTC))
    await mark_overdue_items(runner, FoldedViews.lookups(store))
    assert await mark_overdue_items(runner, FoldedViews.lookups(store)) == 0
    assert len(overdue_events(store)) == 1


async def test_two_replicas_at_the_same_moment_record_it_once() -> None:
    runner, store, _ = await setup(datetime(2026, 7, 20, tzinfo=UTC))
    other = CommandRunner(
        store, registry, "supervision", FixedClock(datetime(2026, 7, 20, tzinfo=UTC))
    )
    stale = FoldedViews.lookups(store)  # both see the item open
    results = await asyncio.gather(
        mark_overdue_items(runner, stale), mark_overdue_items(other, stale)
    )
    assert sorted(results) == [0, 1] and len(overdue_events(store)) == 1
