"""A lane delivers its partition in order and saves its cursor sparingly.

While records keep coming the cursor is written at most once a second; when the lane runs dry
it is written at once, so the saved position is never more than a second behind a busy lane
and exact for an idle one. The delivery log, not the cursor, keeps deliveries from being sent
twice (tests/integration/test_dispatcher_killed.py).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

from services.subscriptions.application.lane import SAVE_EVERY_S, Lane, LaneContext
from services.subscriptions.application.ports import Delivery, LogRecord
from tests.support.events import events
from tests.support.harness import eventually

TP = ("t.needs.events", 2)


class CursorLog:
    def __init__(self) -> None:
        self.saved: list[tuple[float, int]] = []

    async def save_cursor(self, endpoint_id: str, generation: int, tp: Any, offset: int) -> None:
        self.saved.append((time.monotonic(), offset))


async def test_a_busy_lane_saves_its_cursor_once_a_second_and_at_once_when_dry() -> None:
    log, delivered = CursorLog(), list[int]()

    async def deliver(delivery: Delivery, body: bytes) -> Delivery:
        delivered.append(delivery.offset)
        await asyncio.sleep(0.01)  # a receiver answering in 10 ms
        return delivery

    ctx = LaneContext("ep-1", 0, 1000, log, lambda e: True, deliver)  # type: ignore[arg-type]
    lane = Lane(TP, 0, ctx)
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


async def _saved(log: CursorLog) -> list[tuple[float, int]]:
    return list(log.saved)
