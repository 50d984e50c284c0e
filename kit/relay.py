"""The outbox relay: publishes a service's pending commits to Kafka, in stream order, once.

Each round reads up to `batch` pending commits (oldest first, each stream in version order),
publishes their events keyed by stream id and, once Kafka acknowledged all of them, marks the
commits published. If Kafka is away, commands keep being accepted (they only touch the store)
and the relay retries with backoff; nothing is lost because nothing is marked before it is
acknowledged.

Each event stands in the log once. A relay that died between publishing and marking (or whose
publish failed half-way, or that just took the lease over) leaves events in the log whose
commits are still pending. So whenever it is *in doubt* (at start, after losing the lease,
after any failure) the relay first reads the log from its checkpoint to the end, collects the
ids of the events standing there, and publishes only the others (marking all). The checkpoint
is, per partition, an offset below which every record belongs to a marked commit: the relay
advances it as it marks batches and saves it at most every `checkpoint_s`, so the read after a
crash covers a few seconds of the log. Consumers can therefore tell a record they have seen by
its position alone (kit.readmodel.docs).

Only the holder of the relay lease publishes, so replicas never interleave a stream. The relay
is woken by every commit of its own process (`notify`), so it publishes at once and, under
load, one round carries every commit made while the last one was in flight. Between commits it
looks for pending commits once every `idle_s` (commits of other replicas, which cannot wake
it, and the leftovers of a crashed process).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Protocol

from kit.eventstore.protocol import Commit, EventStore
from kit.messaging.publisher import Publisher
from kit.messaging.records import Position, event_record
from kit.messaging.topics import events_topic
from kit.waiting import wait_set

log = logging.getLogger(__name__)

Offsets = dict[tuple[str, int], int]


class LeaseLike(Protocol):
    async def hold(self) -> bool: ...

    async def release(self) -> None: ...


class PublishedLog(Protocol):
    async def event_ids_after(self, starts: Offsets, topics: list[str]) -> set[str]:
        """Ids of the events standing in `topics` at or after `starts` (else the beginning)."""
        ...


class Checkpoints(Protocol):
    async def load(self) -> Offsets: ...

    async def save(self, offsets: Offsets) -> None: ...


class MemoryCheckpoints:
    def __init__(self) -> None:
        self.offsets: Offsets = {}

    async def load(self) -> Offsets:
        return dict(self.offsets)

    async def save(self, offsets: Offsets) -> None:
        self.offsets = dict(offsets)


@dataclass
class RelayStatus:
    published_events: int = 0
    published_commits: int = 0
    skipped_events: int = 0  # found in the log when in doubt: not published again
    failures: int = 0
    last_error: str = ""
    last_published_at: float | None = None
    holding: bool = False


class Relay:
    def __init__(
        self,
        store: EventStore,
        publisher: Publisher,
        lease: LeaseLike,
        *,
        log: PublishedLog | None = None,
        checkpoints: Checkpoints | None = None,
        batch: int = 500,
        idle_s: float = 1.0,
        checkpoint_s: float = 2.0,
        topic_prefix: str = "nithet",
    ) -> None:
        self._prefix = topic_prefix
        self._store, self._publisher, self._lease = store, publisher, lease
        self._log, self._checkpoints = log, checkpoints or MemoryCheckpoints()
        self._batch, self._idle, self._checkpoint_every = batch, idle_s, checkpoint_s
        self._wake = asyncio.Event()
        self._stopping = False
        self._in_doubt = True
        self._already: set[str] = set()  # event ids found in the log, their commits pending
        self._offsets: Offsets | None = None
        self._saved_at = 0.0
        self.status = RelayStatus()

    def notify(self) -> None:
        """A command committed: publish now rather than at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def publish_pending(self) -> int:
        """One round: publish and mark up to `batch` commits. Returns the commits done."""
        commits = await self._store.pending(self._batch)
        if not commits:
            return 0
        if self._in_doubt:
            await self._reconcile(commits)
        fresh = [e for c in commits for e in c.events if e.id not in self._already]
        try:
            positions = await self._publisher.publish(
                [event_record(e, self._prefix) for e in fresh]
            )
            await self._store.mark_published(commits)
        except BaseException:
            self._in_doubt = True  # part of it may stand in the log, unmarked
            raise
        self._already -= {e.id for c in commits for e in c.events}
        self._advance(positions or [])
        self.status.published_commits += len(commits)
        self.status.published_events += len(fresh)
        self.status.last_published_at = time.time()
        return len(commits)

    async def _reconcile(self, commits: list[Commit]) -> None:
        if self._offsets is None:
            self._offsets = await self._checkpoints.load()
        if self._log is not None:
            topics = sorted(
                {events_topic(e.service, self._prefix) for c in commits for e in c.events}
            )
            self._already = await self._log.event_ids_after(self._offsets, topics)
            pending = {e.id for c in commits for e in c.events}
            self.status.skipped_events += len(self._already & pending)
        self._in_doubt = False

    def _advance(self, positions: list[Position]) -> None:
        offsets = self._offsets if self._offsets is not None else {}
        for p in positions:
            key = (p.topic, p.partition)
            offsets[key] = max(offsets.get(key, 0), p.offset + 1)
        self._offsets = offsets

    async def _save_checkpoint(self, force: bool) -> None:
        due = time.monotonic() - self._saved_at >= self._checkpoint_every
        if self._offsets and (force or due):
            await self._checkpoints.save(self._offsets)
            self._saved_at = time.monotonic()

    async def run(self) -> None:
        backoff = 0.1
        while not self._stopping:
            try:
                done = await self._round()
                backoff = 0.1
            except Exception as exc:  # Kafka or the store away: retry, never give up
                self.status.failures += 1
                self.status.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("relay round failed (retrying in %.1fs): %s", backoff, exc)
                await self._sleep(backoff)
                backoff = min(backoff * 2, 5.0)
                continue
            if done < self._batch:
                await self._sleep(self._idle)
        if self.status.holding:
            try:
                await self._save_checkpoint(force=True)
            except Exception as exc:  # the next holder reads a little more of the log
                log.warning("relay checkpoint not saved at stop: %s", exc)
        await self._lease.release()

    async def _round(self) -> int:
        self.status.holding = await self._lease.hold()
        if not self.status.holding:
            self._in_doubt = True  # whoever holds it may publish without marking
            self._offsets = None
            return 0
        done = await self.publish_pending()
        await self._save_checkpoint(force=False)
        return done

    async def _sleep(self, seconds: float) -> None:
        await wait_set(self._wake, seconds)
        self._wake.clear()
