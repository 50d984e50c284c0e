"""The event store protocol as a state machine, on the in-memory store and on FerretDB.

Random appends to a few streams of two tenants, with the expected version right or stale (an
earlier commit boundary: what a writer that loaded the stream earlier sends), with or without
an idempotency key that may already have been used, two writers racing at the same version,
several appends at once (on the MongoDB store they go through the group-commit writer in one
`insert_many`: appends to one stream, conflicts and retries of one key in one batch), a writer
cancelled in the middle of its batch (each of its appends then is stored whole or not at all),
and the relay reading and marking pending commits. A model of committed events says what each
call must answer; after every step each stream loads back as the model holds it, with versions
1..n, the store says it has moved past every earlier boundary and not past its version, and
each used key returns the record of its first commit.

`expected_version` is always a version the caller loaded (a commit boundary), the precondition
kit.eventstore.mongo states; a version ahead of the stream is never sent by `CommandRunner`.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from kit.batching import Interrupted
from kit.eventstore.memory import InMemoryEventStore
from kit.eventstore.mongo import MongoEventStore
from kit.eventstore.protocol import ConcurrencyConflict, IdempotencyRecord, IdempotentReplay
from kit.mongo import connect
from tests.support.events import events
from tests.support.infra import Infra

TENANTS = ("loei-3", "rayong-2")
STREAMS = ("case-a", "case-b", "campaign-c")
KEYS = ("k1", "k2", "k3")


@dataclass(frozen=True)
class Append:
    tenant: str
    stream: str
    stale: int  # how many commit boundaries behind the stream's version the caller loaded
    size: int
    key: str | None
    fingerprint: str


appends = st.builds(
    Append,
    tenant=st.sampled_from(TENANTS),
    stream=st.sampled_from(STREAMS),
    stale=st.sampled_from([0, 0, 0, 1, 2]),
    size=st.integers(1, 3),
    key=st.sampled_from([None, None, *KEYS]),
    fingerprint=st.sampled_from(["fp-1", "fp-2"]),
)


@dataclass
class Model:
    events: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    boundaries: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    keys: dict[tuple[str, str], IdempotencyRecord] = field(default_factory=dict)
    unpublished: list[tuple[str, str, int]] = field(default_factory=list)

    def version(self, where: tuple[str, str]) -> int:
        return len(self.events.get(where, []))


class EventStoreMachine(RuleBasedStateMachine):
    mongo_url: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.model = Model()
        self.client: Any = None
        if self.mongo_url is None:
            self.store: Any = InMemoryEventStore()
        else:
            self.client = connect(self.mongo_url, "property-test")
            self.db = self.client[f"prop_{uuid.uuid4().hex[:10]}"]
            self.store = MongoEventStore(self.db)
            self.run(self.store.ensure_indexes())

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def teardown(self) -> None:
        if self.client is not None:
            self.run(self.client.drop_database(self.db.name))
            self.run(self.client.close())
        self.loop.close()

    def spec(self, a: Append) -> tuple[int, list[Any], IdempotencyRecord | None]:
        """What the caller of `a` sends: a loaded version, the events, its idempotency record."""
        m, where = self.model, (a.tenant, a.stream)
        bounds = [0, *m.boundaries.get(where, [])]
        expected = bounds[max(0, len(bounds) - 1 - a.stale)]
        province = a.tenant.split("-")[0]
        batch = events(a.stream, expected + 1, a.size, tenant=a.tenant, province=province)
        record = None
        if a.key:  # the runner's key hashes name the tenant: no two tenants share one
            result = {"version": expected + a.size, "by": a.key}
            record = IdempotencyRecord(f"{a.tenant}:{a.key}", a.fingerprint, result)
        return expected, batch, record

    def judge(
        self,
        a: Append,
        sent: tuple[int, list[Any], IdempotencyRecord | None],
        outcome: Any,
        stored_now: dict[tuple[str, str], IdempotencyRecord],
    ) -> None:
        """Check one append's answer against the model (appends judged in the order sent)."""
        m, where = self.model, (a.tenant, a.stream)
        expected, batch, record = sent
        first = m.keys.get((a.tenant, record.key_hash)) if record else None
        if isinstance(outcome, IdempotentReplay):
            racing = stored_now.get((a.tenant, record.key_hash)) if record else None
            assert outcome.record in (first, racing) and outcome.record is not None
            return
        if isinstance(outcome, ConcurrencyConflict):
            assert first is None and expected != m.version(where)
            return
        assert not isinstance(outcome, BaseException), outcome
        assert first is None and expected == m.version(where)
        assert (outcome.version, outcome.event_ids) == (expected + a.size, [e.id for e in batch])
        self.stored(where, batch, expected, record)
        if record:
            stored_now[(a.tenant, record.key_hash)] = record

    def stored(
        self, where: tuple[str, str], batch: list[Any], at: int, record: IdempotencyRecord | None
    ) -> None:
        m = self.model
        m.events.setdefault(where, []).extend(e.id for e in batch)
        m.boundaries.setdefault(where, []).append(at + len(batch))
        m.unpublished.append((*where, at))
        if record:
            m.keys[(where[0], record.key_hash)] = record

    @rule(a=appends)
    def append(self, a: Append) -> None:
        sent = self.spec(a)
        try:
            outcome: Any = self.run(self.store.append(a.tenant, a.stream, *sent))
        except (IdempotentReplay, ConcurrencyConflict) as refused:
            outcome = refused
        self.judge(a, sent, outcome, {})

    @rule(batch=st.lists(appends, min_size=2, max_size=6))
    def appends_at_once(self, batch: list[Append]) -> None:
        """Concurrent appends, gathered into one write: judged in the order they were sent."""
        sent = [self.spec(a) for a in batch]

        async def together() -> list[Any]:
            calls = [
                self.store.append(a.tenant, a.stream, *s) for a, s in zip(batch, sent, strict=True)
            ]
            return await asyncio.gather(*calls, return_exceptions=True)

        outcomes = self.run(together())
        racing: dict[tuple[str, str], IdempotencyRecord] = {}
        for a, s, outcome in zip(batch, sent, outcomes, strict=True):
            self.judge(a, s, outcome, racing)

    @precondition(lambda self: self.mongo_url is not None)
    @rule(batch=st.lists(appends, min_size=1, max_size=6), steps=st.integers(1, 3))
    def writer_cancelled_mid_batch(self, batch: list[Append], steps: int) -> None:
        """The group-commit writer dies with its batch in flight: every append it carried is
        answered `Interrupted`, its outcome unknown, as when a connection breaks. The caller
        sends the same append again, which settles it: each is stored whole, once, or not."""
        sent = [self.spec(a) for a in batch]

        async def cut() -> list[Any]:
            calls = [
                asyncio.ensure_future(self.store.append(a.tenant, a.stream, *s))
                for a, s in zip(batch, sent, strict=True)
            ]
            for _ in range(steps):
                await asyncio.sleep(0)
            writer = self.store.gatherers()["insert"]
            if writer.in_flight():
                writer._task.cancel()
            return await asyncio.gather(*calls, return_exceptions=True)

        outcomes = self.run(cut())
        racing: dict[tuple[str, str], IdempotencyRecord] = {}
        for a, s, outcome in zip(batch, sent, outcomes, strict=True):
            if isinstance(outcome, Interrupted):
                self.settle(a, s)
            else:
                self.judge(a, s, outcome, racing)

    def settle(self, a: Append, sent: tuple[int, list[Any], IdempotencyRecord | None]) -> None:
        """Send an interrupted append again: stored now, or found stored by the first try."""
        expected, events_sent, record = sent
        try:
            self.run(self.store.append(a.tenant, a.stream, *sent))
        except (IdempotentReplay, ConcurrencyConflict):
            loaded = self.run(self.store.load(a.tenant, a.stream))
            if events_sent[0].id not in {e.id for e in loaded.events}:
                return  # refused both times: it was never stored
        self.stored((a.tenant, a.stream), events_sent, expected, record)

    @rule(
        tenant=st.sampled_from(TENANTS), stream=st.sampled_from(STREAMS), writers=st.integers(2, 4)
    )
    def writers_race(self, tenant: str, stream: str, writers: int) -> None:
        """Writers that loaded the same version: exactly one commit is stored."""
        m, where = self.model, (tenant, stream)
        at = m.version(where)
        province = tenant.split("-")[0]
        batches = [
            events(stream, at + 1, 1 + n % 2, tenant=tenant, province=province)
            for n in range(writers)
        ]

        async def race() -> list[Any]:
            calls = [self.store.append(tenant, stream, at, b) for b in batches]
            return await asyncio.gather(*calls, return_exceptions=True)

        results = self.run(race())
        wins = [
            (r, b)
            for r, b in zip(results, batches, strict=True)
            if not isinstance(r, BaseException)
        ]
        assert len(wins) == 1, results
        assert all(
            isinstance(r, ConcurrencyConflict) for r in results if isinstance(r, BaseException)
        )
        batch = wins[0][1]
        m.events.setdefault(where, []).extend(e.id for e in batch)
        m.boundaries.setdefault(where, []).append(at + len(batch))
        m.unpublished.append((tenant, stream, at))

    @rule(limit=st.integers(1, 6), publish=st.integers(0, 6))
    def relay(self, limit: int, publish: int) -> None:
        """Read pending commits and mark some published, as the relay does after Kafka acks."""
        pending = self.run(self.store.pending(limit))
        keys = [(c.tenant, c.stream, c.base) for c in pending]
        assert set(keys) <= set(self.model.unpublished) and len(keys) == min(
            limit, len(self.model.unpublished)
        )
        for where in {(t, s) for t, s, _ in keys}:
            bases = [b for t, s, b in keys if (t, s) == where]
            assert bases == sorted(bases)
        done = pending[:publish]
        self.run(self.store.mark_published(done))
        for c in done:
            self.model.unpublished.remove((c.tenant, c.stream, c.base))

    @invariant()
    def streams_and_keys_load_as_the_model_holds_them(self) -> None:
        m = self.model
        for tenant in TENANTS:
            for stream in STREAMS:
                loaded = self.run(self.store.load(tenant, stream))
                assert [e.id for e in loaded.events] == m.events.get((tenant, stream), [])
                assert [e.streamversion for e in loaded.events] == list(
                    range(1, loaded.version + 1)
                )
                for boundary in [0, *m.boundaries.get((tenant, stream), [])][:-1]:
                    assert self.run(self.store.moved_past(tenant, stream, boundary))
                assert not self.run(self.store.moved_past(tenant, stream, loaded.version))
            for key in KEYS:
                found = self.run(self.store.find_idempotency(tenant, f"{tenant}:{key}"))
                assert found == m.keys.get((tenant, f"{tenant}:{key}"))
        pending = self.run(self.store.pending(10_000))
        assert sorted((c.tenant, c.stream, c.base) for c in pending) == sorted(m.unpublished)


def test_the_in_memory_event_store_keeps_the_protocol() -> None:
    run_state_machine_as_test(
        EventStoreMachine,
        settings=settings(max_examples=60, stateful_step_count=30, deadline=None, derandomize=True),
    )


@pytest.mark.infra
def test_the_mongo_event_store_on_ferretdb_keeps_the_protocol(infra: Infra) -> None:
    class OnFerretDB(EventStoreMachine):
        mongo_url = infra.mongo_url

    run_state_machine_as_test(
        OnFerretDB,
        settings=settings(max_examples=15, stateful_step_count=20, deadline=None, derandomize=True),
    )
