"""Waiting with a time limit never loses a cancellation (Python 3.11's `wait_for` did).

A task waiting for an event is cancelled zero to three loop iterations after the event was set:
whichever of the two it sees first, it must end. `asyncio.wait_for` carried on in the first
three cases, so the lane and the relay built on it could not be stopped.
"""

from __future__ import annotations

import asyncio

import pytest

from kit.waiting import wait_set


@pytest.mark.parametrize("iterations", [0, 1, 2, 3])
async def test_a_cancellation_arriving_as_the_event_is_set_ends_the_waiter(
    iterations: int,
) -> None:
    more = asyncio.Event()

    async def waiter() -> None:
        while True:
            more.clear()
            await wait_set(more, 5.0)

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    more.set()
    for _ in range(iterations):
        await asyncio.sleep(0)
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=1.0)
    assert done == {task} and task.cancelled()


async def test_it_tells_a_set_event_from_a_timeout() -> None:
    event = asyncio.Event()
    assert await wait_set(event, 0.01) is False
    event.set()
    assert await wait_set(event, 0.01) is True
