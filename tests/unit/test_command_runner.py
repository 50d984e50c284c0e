"""The command runner on the in-memory store: envelopes, versions, idempotency, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner, StreamTarget
from kit.errors import InvalidInput
from kit.events import DomainEvent, EventRegistry
from kit.eventstore.memory import InMemoryEventStore
from kit.eventstore.protocol import ConcurrencyConflict


class Noted(DomainEvent):
    type = "needs.Noted"
    text: str


registry = EventRegistry([Noted])
TARGET = StreamTarget("loei-3", "loei", "note-1")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def runner(store: InMemoryEventStore) -> CommandRunner:
    return CommandRunner(store, registry, "needs", FixedClock(NOW))


def meta(**kw: object) -> CommandMeta:
    return CommandMeta(actor_id="malee", actor_role="supervisor", name="note", **kw)  # type: ignore[arg-type]


def note(text: str):  # type: ignore[no-untyped-def]
    return lambda history: [Noted(text=text)]


async def test_events_are_wrapped_with_tenant_province_actor_and_version() -> None:
    store = InMemoryEventStore()
    await runner(store).run(TARGET, meta(), note("a"))
    outcome = await runner(store).run(TARGET, meta(correlation_id="corr"), note("b"))
    assert outcome.result["version"] == 2
    e = store.all_events()[-1]
    assert (e.tenantid, e.provinceid, e.subject, e.streamversion) == ("loei-3", "loei", "note-1", 2)
    assert (e.actorid, e.actorrole, e.correlationid, e.source) == (
        "malee",
        "supervisor",
        "corr",
        "/nithet/needs",
    )
    assert e.type == "needs.Noted" and e.data == {"text": "b"} and e.time == NOW


async def test_a_replayed_key_returns_the_first_result_and_writes_nothing() -> None:
    store = InMemoryEventStore()
    first = await runner(store).run(
        TARGET, meta(idempotency_key="k", payload={"t": "a"}), note("a")
    )
    again = await runner(store).run(
        TARGET, meta(idempotency_key="k", payload={"t": "a"}), note("a")
    )
    assert again.replayed and again.result == first.result
    assert len(store.all_events()) == 1


async def test_a_key_reused_for_another_request_is_refused() -> None:
    store = InMemoryEventStore()
    await runner(store).run(TARGET, meta(idempotency_key="k", payload={"t": "a"}), note("a"))
    with pytest.raises(InvalidInput):
        await runner(store).run(TARGET, meta(idempotency_key="k", payload={"t": "b"}), note("b"))


async def test_a_stale_if_match_is_a_conflict() -> None:
    store = InMemoryEventStore()
    await runner(store).run(TARGET, meta(), note("a"))
    with pytest.raises(ConcurrencyConflict):
        await runner(store).run(TARGET, meta(expected_version=0), note("b"))


async def test_deciding_nothing_writes_nothing() -> None:
    store = InMemoryEventStore()
    outcome = await runner(store).run(TARGET, meta(), lambda history: [])
    assert outcome.result["version"] == 0 and store.all_events() == []


async def test_unregistered_events_are_a_programming_error() -> None:
    class Stray(DomainEvent):
        type = "needs.Stray"

    with pytest.raises(TypeError):
        await runner(InMemoryEventStore()).run(TARGET, meta(), lambda h: [Stray()])


def test_an_upcaster_lifts_old_data_to_the_current_schema() -> None:
    class Renamed(DomainEvent):
        type = "needs.Renamed"
        schema_version = 2
        title: str

    reg = EventRegistry([Renamed])

    @reg.upcaster("needs.Renamed", 1)
    def _v1(data: dict[str, object]) -> dict[str, object]:
        return {"title": data["name"]}

    from tests.support.events import event

    old = event("s", 1, type_="needs.Renamed", data={"name": "เก่า"})
    assert reg.payload(old) == Renamed(title="เก่า")
