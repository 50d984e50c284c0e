"""Relay events/s: a backlog of pending commits in FerretDB drained to Kafka by the outbox relay.

The backlog (`events` events, one per commit, in streams of 5) is written first and not timed;
then the same `Relay` the services run publishes and marks it, batch after batch, and the
time to an empty outbox is measured. Baseline in the same run: the same records sent by a bare
kafka-python producer (no store reads, no marking), which is the ceiling of the broker path.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bench.stack import Stack
from bench.workload import bench_event
from kit.clock import SystemClock
from kit.events import CloudEvent
from kit.eventstore.mongo import open_mongo_event_store
from kit.messaging.publisher import KafkaPublisher
from kit.messaging.records import event_record
from kit.messaging.topics import ensure_topics
from kit.mongo import connect
from kit.relay import Relay

PREFIX = "benchrelay"


class _Held:
    async def hold(self) -> bool:
        return True

    async def release(self) -> None:
        return None


def _event(stream: str, version: int) -> CloudEvent:
    data = {"school": "1042060101", "revision": version, "answers": {"devices_needed": 12}}
    return bench_event("needs.SurveyResponseSubmitted", stream, version, "loei-3", data)


async def _drain(stack: Stack, events: int) -> dict[str, Any]:
    client = connect(stack.settings.mongo_url, "bench-relay")
    store = await open_mongo_event_store(client["bench_relay"], SystemClock())
    streams = [f"response-bench-{n}" for n in range(events // 5)]
    gate = asyncio.Semaphore(16)

    async def write(stream: str) -> None:
        async with gate:
            for v in range(5):
                await store.append("loei-3", stream, v, [_event(stream, v + 1)])

    await asyncio.gather(*(write(s) for s in streams))
    bootstrap = stack.settings.kafka_bootstrap
    topics = [f"{PREFIX}.needs.events", f"{PREFIX}bare.needs.events"]
    await asyncio.to_thread(ensure_topics, bootstrap, topics, stack.settings.kafka_partitions)
    publisher = KafkaPublisher(bootstrap, "bench-relay")
    relay = Relay(store, publisher, _Held(), batch=500, topic_prefix=PREFIX)
    t0 = time.perf_counter()
    while await relay.publish_pending():
        pass
    seconds = time.perf_counter() - t0
    published = relay.status.published_events

    records = [event_record(_event(s, 1), PREFIX + "bare") for s in streams for _ in range(5)]
    t1 = time.perf_counter()
    for i in range(0, len(records), 500):
        await publisher.publish(records[i : i + 500])
    bare = time.perf_counter() - t1
    await publisher.close()
    await client.close()
    return {"published": published, "seconds": seconds, "bare_seconds": bare, "bare": len(records)}


def run(stack: Stack, *, events: int) -> dict[str, Any]:
    got = asyncio.run(_drain(stack, events))
    per_s = got["published"] / got["seconds"]
    bare_per_s = got["bare"] / got["bare_seconds"]
    return {
        "relay_events": got["published"],
        "relay_seconds": round(got["seconds"], 2),
        "relay_events_per_s": round(per_s),
        "baseline_bare_producer_events_per_s": round(bare_per_s),
        "ratio_relay_to_bare_producer": round(per_s / bare_per_s, 3),
    }
