"""Rebuilding a read model from offset 0 into a fresh generation, then switching to it.

The rebuild reads every partition of the projection's topics from the beginning up to the end
offsets it found when it started, folds the events in memory (the new generation has no other
writer, so documents are written once, in large bulk writes, at the end), commits those end
offsets for the new generation's consumer group, and switches the registry. Queries keep
reading the old generation until the switch; the live projector of the new generation then
continues from the committed offsets.

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
from kit.readmodel.docs import Docs
from kit.readmodel.projection import Projection
from kit.readmodel.projector import fold
from kit.readmodel.store import ReadModelStore


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
    group: str,
    progress: RebuildProgress,
    report: Callable[[RebuildProgress], None],
    docs: Docs,
    tuning: RebuildTuning,
) -> dict[Any, int]:
    """In a worker thread: read every partition to its end offset, folding as we go."""
    consumer = log_consumer(bootstrap, group)
    decode = CloudEvent.from_log if tuning.parse_in_pydantic else CloudEvent.from_json
    last_report = 0.0

    def take(_: Any, records: list[Any]) -> None:
        nonlocal last_report
        events = []
        for r in records:
            try:
                events.append(decode(r.value))
            except ValueError:
                progress.skipped += 1
        fold(projection, events, docs)
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
        consumer.commit({tp: _offset(ends[tp]) for tp in partitions})
        return ends
    finally:
        consumer.close(autocommit=False)


def _offset(offset: int) -> Any:
    from kafka.structs import OffsetAndMetadata

    return OffsetAndMetadata(offset, "", -1)


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
    await asyncio.to_thread(
        _read_and_fold,
        projection,
        bootstrap,
        store.topics(projection.sources),
        store.group(projection.name, generation),
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
    previous = int(registration["active"])
    await store.switch(projection.name, generation, rebuilt_events=progress.done)
    await store.drop(projection.name, previous - 1)  # two generations back: nobody reads it
    progress.phase = "switched"
    report(progress)
    return RebuildResult(progress, len(docs.docs), time.monotonic() - started, read_seconds)
