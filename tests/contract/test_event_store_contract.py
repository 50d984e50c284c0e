"""One contract, every event store: the in-memory one and the MongoDB-API one on FerretDB."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from kit.eventstore.memory import InMemoryEventStore
from kit.eventstore.mongo import MongoEventStore
from kit.eventstore.protocol import (
    ConcurrencyConflict,
    EventStore,
    IdempotencyRecord,
    IdempotentReplay,
)
from kit.mongo import connect
from tests.support.events import event, events
from tests.support.infra import Infra


def stream_id() -> str:
    return f"case-{uuid.uuid4()}"


class EventStoreContract:
    @pytest.fixture
    async def store(self, request: Any) -> AsyncIterator[EventStore]:
        raise NotImplementedError
        yield

    async def test_an_unknown_stream_is_empty_at_version_0(self, store: EventStore) -> None:
        loaded = await store.load("loei-3", stream_id())
        assert loaded.events == [] and loaded.version == 0

    async def test_appended_events_load_back_in_order_with_their_data(
        self, store: EventStore
    ) -> None:
        s = stream_id()
        first = events(s, 1, 2, data={"title": "สื่อการสอน", "nested": {"a": [1, {"b": "ข"}]}})
        await store.append("loei-3", s, 0, first)
        await store.append("loei-3", s, 2, events(s, 3, 1))
        loaded = await store.load("loei-3", s)
        assert [e.streamversion for e in loaded.events] == [1, 2, 3]
        assert loaded.events[:2] == first
        assert loaded.version == 3

    async def test_a_stale_expected_version_is_a_conflict_and_writes_nothing(
        self, store: EventStore
    ) -> None:
        s = stream_id()
        await store.append("loei-3", s, 0, events(s, 1, 2))
        with pytest.raises(ConcurrencyConflict):
            await store.append("loei-3", s, 0, events(s, 1, 1))
        assert (await store.load("loei-3", s)).version == 2

    async def test_of_two_writers_that_loaded_the_same_version_exactly_one_wins(
        self, store: EventStore
    ) -> None:
        s = stream_id()
        await store.append("loei-3", s, 0, events(s, 1, 1))
        writers = [store.append("loei-3", s, 1, events(s, 2, n)) for n in (1, 3, 2, 1, 2)]
        results = await asyncio.gather(*writers, return_exceptions=True)
        wins = [r for r in results if not isinstance(r, Exception)]
        assert len(wins) == 1
        assert all(isinstance(r, ConcurrencyConflict) for r in results if isinstance(r, Exception))
        assert (await store.load("loei-3", s)).version == wins[0].version

    async def test_a_commit_of_several_events_is_stored_whole(self, store: EventStore) -> None:
        s = stream_id()
        await store.append("loei-3", s, 0, events(s, 1, 5))
        assert [e.streamversion for e in (await store.load("loei-3", s)).events] == [1, 2, 3, 4, 5]

    async def test_a_replayed_idempotency_key_returns_the_first_record_and_writes_nothing(
        self, store: EventStore
    ) -> None:
        s = stream_id()
        first = IdempotencyRecord("k-" + s, "fp", {"version": 1})
        await store.append("loei-3", s, 0, events(s, 1, 1), first)
        with pytest.raises(IdempotentReplay) as replay:
            await store.append(
                "loei-3", s, 1, events(s, 2, 1), IdempotencyRecord("k-" + s, "fp", {})
            )
        assert replay.value.record.result == {"version": 1}
        assert (await store.load("loei-3", s)).version == 1
        assert await store.find_idempotency("loei-3", "k-" + s) == first

    async def test_streams_of_different_tenants_do_not_mix(self, store: EventStore) -> None:
        s = stream_id()
        await store.append("loei-3", s, 0, events(s, 1, 2))
        await store.append("rayong-2", s, 0, events(s, 1, 1, tenant="rayong-2"))
        assert (await store.load("loei-3", s)).version == 2
        assert (await store.load("rayong-2", s)).version == 1
        assert await store.find_idempotency("rayong-2", "nothing") is None

    async def test_pending_commits_come_in_stream_order_until_marked_published(
        self, store: EventStore
    ) -> None:
        a, b = stream_id(), stream_id()
        await store.append("loei-3", a, 0, events(a, 1, 1))
        await store.append("loei-3", b, 0, events(b, 1, 2))
        await store.append("loei-3", a, 1, events(a, 2, 1))
        pending = [c for c in await store.pending(10_000) if c.stream in (a, b)]
        assert [(c.stream, c.base) for c in pending if c.stream == a] == [(a, 0), (a, 1)]
        assert len(pending) == 3
        await store.mark_published(pending[:1])
        left = [c for c in await store.pending(10_000) if c.stream in (a, b)]
        assert len(left) == 2 and pending[0].key not in {c.key for c in left}
        await store.mark_published(left)
        assert not [c for c in await store.pending(10_000) if c.stream in (a, b)]


class TestInMemoryEventStore(EventStoreContract):
    @pytest.fixture
    async def store(self) -> AsyncIterator[EventStore]:
        yield InMemoryEventStore()


class TestMongoEventStoreOnFerretDB(EventStoreContract):
    @pytest.fixture
    async def store(self, infra: Infra) -> AsyncIterator[EventStore]:
        client = connect(infra.mongo_url, "contract-test")
        store = MongoEventStore(client[f"contract_{uuid.uuid4().hex[:8]}"])
        await store.ensure_indexes()
        yield store
        await client.close()


def test_one_event_builder_is_enough() -> None:
    assert event("s", 1).streamversion == 1
