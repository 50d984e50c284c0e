"""Keeping every read model of a process up to date from Kafka, with one reader.

A service process runs one hub for all the read models it keeps (reporting eleven, needs two).
The hub holds one lease per service database (`readmodels`): the replica holding it is the only
writer of those read models, so their documents can be cached in memory; another replica
takes over when the lease ends.

One thread owns one KafkaConsumer without a consumer group, assigned every partition of the
topics the models read. Each model (a `Slot`: its projection, active generation, projector and
positions) goes on from its own position per partition, kept in the store and saved at most
every `save_every_s`: documents hold their own positions (kit.readmodel.docs), so reading again
from an earlier position changes nothing. The reader fetches each partition from the lowest
position of the models, and each model takes the records at or past its own. A batch is
applied by all models at once, each with one bulk write, before the next poll.

The reader waits in long polls: when a record arrives the broker answers at once, and while
nothing arrives the hub costs one fetch request per five seconds. Every `check_every_s` the hub
renews its lease, looks for a generation switched by a rebuild (one read of the registry for
all its models; then that model goes on from the new generation's positions) and saves the
positions that moved.

A record a model cannot apply is retried alone; an error that passes by itself (the store
away) is retried until it passes, any other sends the record to the model's dead-letter topic
`<group>.deadletter` (created when first needed) with the error in its headers, and the model
carries on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kit.events.envelope import CloudEvent
from kit.messaging.consumer import TRANSIENT, deadletter_record
from kit.messaging.publisher import Publisher
from kit.messaging.records import Delivery
from kit.messaging.topics import deadletter_topic, ensure_topics
from kit.readmodel.projection import Projection
from kit.readmodel.projector import Item, Projector
from kit.readmodel.reader import LogReader
from kit.readmodel.store import Offsets, ReadModelStore
from kit.relay import LeaseLike
from kit.waiting import wait_set

log = logging.getLogger(__name__)
# A reader whose Kafka client has not come back for this long (kafka-python can wait for
# metadata without a limit) is left behind, and a new reader starts from the saved positions.
STUCK_S = 60.0


@dataclass
class Slot:
    projection: Projection
    generation: int
    projector: Projector
    positions: Offsets
    topics: set[str]
    group: str
    moved: bool = False  # positions changed since they were saved
    deadlettered: int = 0
    lag: dict[str, int] = field(default_factory=dict)

    def status(self) -> dict[str, Any]:
        return {
            "model": self.projection.name,
            "running": True,
            "generation": self.generation,
            **self.projector.freshness.as_dict(),
            "consumer_lag": sum(self.lag.values()),
            "deadlettered": self.deadlettered,
        }


class ReadModelHub:
    def __init__(
        self,
        projections: list[Projection],
        store: ReadModelStore,
        bootstrap: str,
        deadletters: Publisher,
        lease: LeaseLike,
        *,
        partitions: int = 4,
        replication: int = 1,
        check_every_s: float = 2.0,
        save_every_s: float = 2.0,
    ) -> None:
        self.projections, self.store, self._bootstrap = projections, store, bootstrap
        self._deadletters, self._lease, self._partitions = deadletters, lease, partitions
        self._replication = replication
        self._check_every, self._save_every = check_every_s, save_every_s
        self._stopping = asyncio.Event()
        self.slots: dict[str, Slot] = {}
        self.reader: LogReader | None = None
        self._listeners: dict[str, list[Callable[[], None]]] = {}

    def listen(self, model: str, changed: Callable[[], None]) -> None:
        """Call `changed()` after each batch that reached `model` (a dispatcher waking up)."""
        self._listeners.setdefault(model, []).append(changed)

    def stop(self) -> None:
        self._stopping.set()

    def status(self) -> list[dict[str, Any]]:
        """Per read model: generation, events applied, freshness, records behind."""
        return [
            self.slots[p.name].status()
            if p.name in self.slots
            else {"model": p.name, "running": False}
            for p in self.projections
        ]

    async def run(self) -> None:
        while not self._stopping.is_set():
            try:
                if await self._lease.hold():
                    await self._serve()
            except Exception as exc:  # the store or Kafka away: try again shortly
                log.warning("read models interrupted: %s", exc)
            await wait_set(self._stopping, self._check_every)
        with contextlib.suppress(Exception):
            await self._lease.release()

    async def _serve(self) -> None:
        for projection in self.projections:
            self.slots[projection.name] = await self._open(projection)
        topics = sorted({t for s in self.slots.values() for t in s.topics})
        await self._ensure(topics)
        self.reader = LogReader(self._bootstrap, topics, self._handle)
        task = asyncio.create_task(self.reader.run(self._starts()))
        try:
            while not task.done() and not self._stopping.is_set():
                await wait_set(self._stopping, self._check_every)
                if not await self._lease.hold() or self.reader.stuck(STUCK_S):
                    break
                await self._follow_switches()
                await self._save(force=False)
                self._measure_lag()
        finally:
            self.reader.stop()
            await asyncio.wait([task], timeout=5)  # a reader stuck in Kafka's client is left
            with contextlib.suppress(Exception):
                await self._save(force=True)
            self.slots.clear()

    async def _open(self, projection: Projection) -> Slot:
        name = projection.name
        generation = await self.store.active_generation(name, max_age_s=0)
        await self.store.prepare(name, generation, projection.indexes)
        return Slot(
            projection,
            generation,
            Projector(projection, self.store, generation),
            await self.store.positions(name, generation),
            set(self.store.topics(projection.sources)),
            self.store.group(name, generation),
        )

    def _starts(self) -> Offsets:
        """Per partition, the lowest position of the models that read it (else 0)."""
        starts: Offsets = {}
        for slot in self.slots.values():
            for topic in slot.topics:
                for partition in range(self._partitions):
                    here = slot.positions.get((topic, partition), 0)
                    starts[(topic, partition)] = min(starts.get((topic, partition), here), here)
        return starts

    async def _follow_switches(self) -> None:
        active = await self.store.active_generations(list(self.slots))  # one read for all
        for name, slot in list(self.slots.items()):
            if active.get(name, slot.generation) != slot.generation:
                self.slots[name] = await self._open(slot.projection)
                if self.reader:
                    self.reader.seek(self._starts())

    async def _save(self, force: bool) -> None:
        for slot in list(self.slots.values()):
            if slot.moved or force:
                slot.moved = False
                name = slot.projection.name
                await self.store.save_positions(name, slot.generation, dict(slot.positions))

    def _measure_lag(self) -> None:
        ends = self.reader.ends if self.reader else {}
        for slot in self.slots.values():
            slot.lag = {
                f"{t}/{p}": max(0, end - slot.positions.get((t, p), 0))
                for (t, p), end in ends.items()
                if t in slot.topics
            }

    # -- on the event loop, called by the reader thread for each polled batch --------------

    async def _handle(self, records: list[Delivery]) -> None:
        events = [_parse(d) for d in records]
        await asyncio.gather(*(self._feed(s, records, events) for s in self.slots.values()))

    async def _feed(self, slot: Slot, records: list[Delivery], events: list[Parsed]) -> None:
        mine = [
            (d, e)
            for d, e in zip(records, events, strict=True)
            if d.topic in slot.topics and d.offset >= slot.positions.get((d.topic, d.partition), 0)
        ]
        if not mine:
            return
        items: list[Item] = [(e, d.position) for d, e in mine if isinstance(e, CloudEvent)]
        try:
            if len(items) < len(mine):
                raise ValueError("a record is not a CloudEvent")
            await slot.projector.apply(items)
        except Exception:
            for d, e in mine:
                await self._apply_one(slot, d, e)
        for d, _ in mine:
            slot.positions[(d.topic, d.partition)] = d.offset + 1
        slot.moved = True
        for changed in self._listeners.get(slot.projection.name, []):
            changed()

    async def _apply_one(self, slot: Slot, d: Delivery, e: Parsed) -> None:
        delay = 0.1
        while True:
            try:
                if isinstance(e, ValueError):
                    raise e
                await slot.projector.apply([(e, d.position)])
                return
            except TRANSIENT as exc:
                if self._stopping.is_set():
                    raise
                log.warning("%s: transient error, retrying: %s", slot.group, exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
            except Exception as exc:
                log.error("%s: poison event at %s: %r", slot.group, d.position, exc)
                await self._deadletter(slot, d, exc)
                return

    async def _ensure(self, topics: list[str]) -> None:
        await asyncio.to_thread(
            ensure_topics, self._bootstrap, topics, self._partitions, self._replication
        )

    async def _deadletter(self, slot: Slot, d: Delivery, exc: Exception) -> None:
        delay = 0.1
        while True:
            try:
                await self._ensure([deadletter_topic(slot.group)])  # made when first needed
                await self._deadletters.publish([deadletter_record(d, slot.group, exc)])
                slot.deadlettered += 1
                return
            except Exception as publish_error:  # Kafka away: keep the poison event, retry
                if self._stopping.is_set():
                    raise
                log.warning("dead-letter publish failed, retrying: %s", publish_error)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)


Parsed = CloudEvent | ValueError


def _parse(d: Delivery) -> Parsed:
    """The record's event, or why it is not one (its dead letter says so)."""
    try:
        return CloudEvent.from_log(d.value)
    except ValueError as exc:
        return exc
