"""Rebuilding a read model from offset 0 into a fresh generation, then switching to it.

The rebuild reads every partition of the projection's topics from the beginning up to the end
offsets it found when it started, folds the events in memory (the new generation has no other
writer, so documents are written once, in large bulk writes, at the end), saves those end
offsets as the new generation's positions, and switches the registry. Queries keep reading the
old generation until the switch; the read-model hub then goes on from the saved positions.

Speed (docs/PERFORMANCE.md): events are parsed with `CloudEvent.from_log` (pydantic-core
parses the JSON itself) and the fresh collection is filled with unordered bulk inserts of a
few thousand documents; `RebuildTuning` can turn both off (the earlier path, which the
benchmark compares against).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kit.events.envelope import CloudEvent
from kit.messaging.log_reader import log_consumer, partitions_of, read_until
from kit.messaging.records import Position
from kit.readmodel.docs import Docs
from kit.readmodel.projection import Projection
from kit.readmodel.projector import Item, fold_items
from kit.readmodel.store import Offsets, ReadModelStore


@dataclass
class RebuildProgress:
    model: str
    generation: int
    total: int
    done: int = 0
    started: float = 0.0
    phase: str = "reading"
    skipped: int = 0  # events that could not be parsed (they went to the dead-letter topic live)

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 else None

    def as_dict(self) -> dict[str, Any]:
        left = self.seconds_left
        return {
            "model": self.model,
            "generation": self.generation,
            "phase": self.phase,
            "events_done": self.done,
            "events_total": self.total,
            "events_per_second": round(self.rate, 1),
            "seconds_left": None if left is None else round(left, 1),
            "skipped": self.skipped,
        }


@dataclass(frozen=True)
class RebuildTuning:
    parse_in_pydantic: bool = True  # else json.loads, then validate the dict
    bulk_insert: bool = True  # insert into the fresh collection instead of upserting
    write_batch: int = 5000


@dataclass
class RebuildResult:
    progress: RebuildProgress
    documents: int
    seconds: float
    read_seconds: float


def _read_and_fold(
    projection: Projection,
    bootstrap: str,
    topics: list[str],
    progress: RebuildProgress,
    report: Callable[[RebuildProgress], None],
    docs: Docs,
    tuning: RebuildTuning,
) -> Offsets:
    """In a worker thread: read every partition to its end offset, folding as we go."""
    consumer = log_consumer(bootstrap)
    decode = CloudEvent.from_log if tuning.parse_in_pydantic else CloudEvent.from_json
    last_report = 0.0

    def take(_: Any, records: list[Any]) -> None:
        nonlocal last_report
        items: list[Item] = []
        for r in records:
            try:
                items.append((decode(r.value), Position(r.topic, r.partition, r.offset)))
            except ValueError:
                progress.skipped += 1
        fold_items(projection, items, docs)
        progress.done += len(records)
        if time.monotonic() - last_report > 0.5:
            last_report = time.monotonic()
            report(progress)

    try:
        partitions = partitions_of(consumer, topics)
        starts = consumer.beginning_offsets(partitions)
        ends: dict[Any, int] = consumer.end_offsets(partitions)
        progress.total = sum(ends[tp] - starts[tp] for tp in partitions)
        progress.started = time.monotonic()
        read_until(consumer, ends, take)
        return {(tp.topic, tp.partition): end for tp, end in ends.items()}
    finally:
        consumer.close(autocommit=False)


async def rebuild(
    projection: Projection,
    store: ReadModelStore,
    bootstrap: str,
    report: Callable[[RebuildProgress], None] = lambda p: None,
    tuning: RebuildTuning = RebuildTuning(),
) -> RebuildResult:
    started = time.monotonic()
    registration = await store.registration(projection.name)
    generation = int(registration["active"]) + 1
    await store.drop(projection.name, generation)
    await store.prepare(projection.name, generation, projection.indexes)
    progress = RebuildProgress(projection.name, generation, total=0)
    docs = Docs()
    ends = await asyncio.to_thread(
        _read_and_fold,
        projection,
        bootstrap,
        store.topics(projection.sources),
        progress,
        report,
        docs,
        tuning,
    )
    read_seconds = time.monotonic() - started
    progress.phase = "writing"
    report(progress)
    if tuning.bulk_insert:
        await store.insert_fresh(projection.name, generation, docs.values(), tuning.write_batch)
    else:
        await store.save(projection.name, generation, docs.values())
    await store.save_positions(projection.name, generation, ends)
    previous = int(registration["active"])
    await store.switch(projection.name, generation, rebuilt_events=progress.done)
    await store.drop(projection.name, previous - 1)  # two generations back: nobody reads it
    progress.phase = "switched"
    report(progress)
    return RebuildResult(progress, len(docs.docs), time.monotonic() - started, read_seconds)
