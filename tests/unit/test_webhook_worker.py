"""An endpoint's worker at rest: its reader waits in long polls, nothing else wakes it."""

from __future__ import annotations

import asyncio
from typing import Any

from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.lane import Lane, LaneContext
from services.subscriptions.application.ports import LogRecord, TopicPartition
from services.subscriptions.application.worker import (
    LONG_POLL_S,
    SHORT_POLL_S,
    EndpointWorker,
)
from tests.unit.test_webhook_dispatcher import endpoint_doc

TP: TopicPartition = ("t.needs.events", 0)
OTHER: TopicPartition = ("t.needs.events", 1)


class Reader:
    def __init__(self) -> None:
        self.polls: list[tuple[set[TopicPartition], float]] = []

    async def poll(self, held: set[TopicPartition], timeout_s: float) -> list[LogRecord]:
        self.polls.append((set(held), timeout_s))
        return []


def worker_with_lanes(buffer: int) -> EndpointWorker:
    config = EndpointConfig.from_doc(endpoint_doc("ep-1"))
    worker = EndpointWorker(config, parts=None)  # type: ignore[arg-type]
    ctx = LaneContext("ep-1", 0, buffer, None, lambda e: True, _never)  # type: ignore[arg-type]
    worker.lanes = {TP: Lane(TP, 0, ctx), OTHER: Lane(OTHER, 0, ctx)}
    return worker


def fill(lane: Lane, count: int) -> None:
    for offset in range(count):
        lane.push(LogRecord(TP[0], TP[1], offset, b"{}", 0))


async def test_at_rest_the_reader_waits_in_long_polls() -> None:
    worker, reader = worker_with_lanes(buffer=10), Reader()
    await worker._next_records(reader)  # type: ignore[arg-type]
    assert reader.polls == [(set(), LONG_POLL_S)]


async def test_a_full_lane_is_held_and_polls_shorten_only_while_it_drains() -> None:
    worker, reader = worker_with_lanes(buffer=10), Reader()
    fill(worker.lanes[TP], 10)
    await worker._next_records(reader)  # type: ignore[arg-type]
    worker.lanes[TP]._queue.popleft()  # it works its way down
    await worker._next_records(reader)  # type: ignore[arg-type]
    assert reader.polls == [({TP}, LONG_POLL_S), ({TP}, SHORT_POLL_S)]


async def test_with_every_lane_full_the_worker_waits_for_room_not_for_kafka() -> None:
    worker, reader = worker_with_lanes(buffer=10), Reader()
    fill(worker.lanes[TP], 10)
    fill(worker.lanes[OTHER], 10)
    waiting = asyncio.create_task(worker._next_records(reader))  # type: ignore[arg-type]
    await asyncio.sleep(0.05)
    assert not waiting.done() and reader.polls == []
    worker._room.set()  # a lane has room again
    assert await waiting == [] and reader.polls == []


def test_a_newer_view_wakes_the_redeliveries_only_for_new_requests() -> None:
    worker, woken = worker_with_lanes(buffer=10), list[str]()

    class Redeliveries:
        def wake(self) -> None:
            woken.append("woken")

    worker._redeliveries = Redeliveries()  # type: ignore[assignment]
    rotated = EndpointConfig.from_doc(endpoint_doc("ep-1") | {"version": 2})
    worker.update(rotated)
    assert woken == []
    asked = EndpointConfig.from_doc(endpoint_doc("ep-1") | {"version": 3, "redeliveries": 1})
    worker.update(asked)
    assert woken == ["woken"] and worker.config.version == 3


async def _never(*args: Any) -> Any:
    raise AssertionError("nothing is delivered here")
