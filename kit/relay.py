"""The outbox relay: publishes a service's pending commits to Kafka, in stream order.

Each round reads up to `batch` pending commits (oldest first, each stream in version order),
publishes their events keyed by stream id and, once Kafka acknowledged all of them, marks the
commits published. If the relay dies between the two steps, the next holder publishes them
again: consumers drop the duplicates by event id / stream version. If Kafka is away, commands
keep being accepted (they only touch the store) and the relay retries with backoff; nothing is
lost because nothing is marked before it is acknowledged.

Only the holder of the relay lease publishes, so replicas never interleave a stream.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Protocol

from kit.eventstore.protocol import EventStore
from kit.messaging.publisher import Publisher
from kit.messaging.records import event_record
from kit.waiting import wait_set

log = logging.getLogger(__name__)


class LeaseLike(Protocol):
    async def hold(self) -> bool: ...

    async def release(self) -> None: ...


@dataclass
class RelayStatus:
    published_events: int = 0
    published_commits: int = 0
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
        batch: int = 500,
        idle_s: float = 0.1,
        topic_prefix: str = "nithet",
    ) -> None:
        self._prefix = topic_prefix
        self._store, self._publisher, self._lease = store, publisher, lease
        self._batch, self._idle = batch, idle_s
        self._wake = asyncio.Event()
        self._stopping = False
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
        records = [event_record(e, self._prefix) for c in commits for e in c.events]
        await self._publisher.publish(records)
        await self._store.mark_published(commits)
        self.status.published_commits += len(commits)
        self.status.published_events += len(records)
        self.status.last_published_at = time.time()
        return len(commits)

    async def run(self) -> None:
        backoff = 0.1
        while not self._stopping:
            try:
                self.status.holding = await self._lease.hold()
                done = await self.publish_pending() if self.status.holding else 0
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
        await self._lease.release()

    async def _sleep(self, seconds: float) -> None:
        await wait_set(self._wake, seconds)
        self._wake.clear()
