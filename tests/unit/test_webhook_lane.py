"""A lane keeps each stream in order while streams overlap, and saves its cursor sparingly.

Several deliveries of one lane are in flight at once; a record waits only for its own stream's
previous one. The saved position is the lowest offset not finished. While records keep coming
the cursor is written at most once a second; when the lane runs dry it is written at once. An
idle lane waits for its next record and nothing else. The delivery log, not the cursor, keeps
deliveries from being sent twice (tests/integration/test_dispatcher_killed.py).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import defaultdict
from typing import Any

from services.subscriptions.application.lane import SAVE_EVERY_S, Lane, LaneContext
from services.subscriptions.application.ports import Delivery, LogRecord
from tests.support.events import events
from tests.support.harness import eventually

TP = ("t.needs.events", 2)


class CursorLog:
    def __init__(self) -> None:
        self.saved: list[tuple[float, int]] = []

    async def cursors(self, endpoint_id: str) -> Any:
        return {}

    async def start_cursor(self, *args: Any) -> int:
        return 0

    async def save_cursor(self, endpoint_id: str, generation: int, tp: Any, offset: int) -> None:
        self.saved.append((time.monotonic(), offset))


def lane_of(log: CursorLog, deliver: Any, window: int = 16, buffer: int = 1000) -> Lane:
    ctx = LaneContext("ep-1", 0, buffer, log, lambda e: True, deliver, window)
    return Lane(TP, 0, ctx)


def push_streams(lane: Lane, streams: int, versions: int, offset: int = 0) -> None:
    """`streams` streams of `versions` events each, interleaved in the partition."""
    batches = [events(f"needs-campaign-{s}", 1, versions) for s in range(streams)]
    for version in range(versions):
        for batch in batches:
            lane.push(LogRecord(TP[0], TP[1], offset, batch[version].to_json(), 0))
            offset += 1


async def test_streams_overlap_yet_each_reaches_the_endpoint_in_order() -> None:
    log, order = CursorLog(), list[tuple[str, int]]()
    in_flight = most = 0

    async def deliver(delivery: Delivery, body: bytes) -> Delivery:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.005 if delivery.offset % 3 else 0.02)  # some answers are slower
        order.append((delivery.subject, delivery.offset))
        in_flight -= 1
        return delivery

    lane = lane_of(log, deliver, window=8)
    push_streams(lane, streams=6, versions=10)
    running = asyncio.create_task(lane.run())
    try:
        await eventually(lambda: _saved(log), lambda s: s and s[-1][1] == 60, 10)
    finally:
        running.cancel()
    assert 1 < most <= 8  # several at once, never more than the window
    offsets: dict[str, list[int]] = defaultdict(list)
    for subject, offset in order:
        offsets[subject].append(offset)
    assert len(order) == 60 and all(seen == sorted(seen) for seen in offsets.values())


async def test_the_position_is_the_lowest_offset_not_finished() -> None:
    log, held = CursorLog(), asyncio.Event()

    async def deliver(delivery: Delivery, body: bytes) -> Delivery:
        if delivery.offset == 2:
            await held.wait()  # a delivery waiting for its retries
        return delivery

    lane = lane_of(log, deliver, window=4)
    push_streams(lane, streams=5, versions=1)
    running = asyncio.create_task(lane.run())
    try:
        await eventually(lambda: _position(lane), lambda p: p == 2, 5)
        assert lane.delivering == ["g0-" + _event_id(lane, 2)]
        held.set()
        await eventually(lambda: _saved(log), lambda s: s and s[-1][1] == 5, 5)
    finally:
        running.cancel()


async def test_a_busy_lane_saves_its_cursor_once_a_second_and_at_once_when_dry() -> None:
    log, delivered = CursorLog(), list[int]()

    async def deliver(delivery: Delivery, body: bytes) -> Delivery:
        delivered.append(delivery.offset)
        await asyncio.sleep(0.01)  # a receiver answering in 10 ms
        return delivery

    lane = lane_of(log, deliver, window=1)
    for offset, e in enumerate(events("needs-campaign-1", 1, 150)):
        lane.push(LogRecord(TP[0], TP[1], offset, e.to_json(), 0))
    running = asyncio.create_task(lane.run())
    try:
        saved = await eventually(lambda: _saved(log), lambda s: s and s[-1][1] == 150, 10)
    finally:
        running.cancel()
    assert delivered == list(range(150))  # every record, in offset order
    busy = [at for at, offset in saved if offset < 150]
    assert all(b - a >= SAVE_EVERY_S * 0.9 for a, b in itertools.pairwise(busy))
    assert len(saved) < 20  # not one write per delivery (150)


async def test_an_idle_lane_wakes_for_nothing_but_its_next_record() -> None:
    log, woken = CursorLog(), 0

    async def deliver(delivery: Delivery, body: bytes) -> Delivery:
        return delivery

    lane = lane_of(log, deliver)
    saving = lane._save

    async def counted(force: bool) -> None:
        nonlocal woken
        woken += 1
        await saving(force)

    lane._save = counted  # type: ignore[method-assign]
    push_streams(lane, streams=1, versions=3)
    running = asyncio.create_task(lane.run())
    try:
        await eventually(lambda: _saved(log), lambda s: s and s[-1][1] == 3, 5)
        at_rest = woken
        await asyncio.sleep(2.5 * SAVE_EVERY_S)
        assert woken == at_rest  # no timer: nothing ran while nothing came
        push_streams(lane, streams=1, versions=1, offset=3)
        await eventually(lambda: _saved(log), lambda s: s[-1][1] == 4, 5)
    finally:
        running.cancel()


async def test_a_lane_is_held_from_a_full_buffer_until_half_of_it_is_left() -> None:
    log, gate = CursorLog(), asyncio.Event()

    async def deliver(delivery: Delivery, body: bytes) -> Delivery:
        await gate.wait()
        return delivery

    lane = lane_of(log, deliver, window=1, buffer=10)
    push_streams(lane, streams=1, versions=10)
    assert lane.held() and not lane.draining()
    running = asyncio.create_task(lane.run())
    try:
        gate.set()
        await eventually(lambda: _queued(lane), lambda n: n <= 5, 5)
        assert not lane.held()
    finally:
        running.cancel()


async def _saved(log: CursorLog) -> list[tuple[float, int]]:
    return list(log.saved)


async def _position(lane: Lane) -> int:
    return lane.position


async def _queued(lane: Lane) -> int:
    return len(lane._queue)


def _event_id(lane: Lane, offset: int) -> str:
    return lane._open[offset].removeprefix("g0-")


async def test_a_delivery_that_ends_while_the_cursor_is_being_saved_is_saved_too(
    monkeypatch: Any,
) -> None:
    """The last delivery ends during a (slow) cursor write: the lane writes again, so a lane
    that has finished everything does not keep an older cursor until its next record."""
    from services.subscriptions.application import lane as lane_module

    monkeypatch.setattr(lane_module, "SAVE_EVERY_S", 0.0)
    log = CursorLog()
    write = log.save_cursor

    async def slow_save(*args: Any) -> None:
        await asyncio.sleep(0.1)
        await write(*args)

    log.save_cursor = slow_save  # type: ignore[method-assign]

    async def deliver(delivery: Delivery, body: bytes) -> Delivery:
        await asyncio.sleep(0.03 if delivery.offset == 0 else 0.08)  # ends during the write
        return delivery

    lane = lane_of(log, deliver, window=2)
    push_streams(lane, streams=2, versions=1)
    running = asyncio.create_task(lane.run())
    try:
        await eventually(lambda: _saved(log), lambda s: s and s[-1][1] == 2, 2)
    finally:
        running.cancel()
