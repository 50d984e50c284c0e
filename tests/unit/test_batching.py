"""Gathering concurrent calls into one round trip: batches, per-item outcomes, interruptions."""

from __future__ import annotations

import asyncio

import pytest

from kit.batching import Gatherer, Interrupted


class Store:
    def __init__(self, delay: float = 0.01) -> None:
        self.calls: list[list[int]] = []
        self.delay = delay

    async def run(self, items: list[int]) -> list[int | BaseException]:
        self.calls.append(items)
        await asyncio.sleep(self.delay)
        return [ValueError(f"odd {i}") if i % 2 else i * 10 for i in items]


async def test_calls_made_while_one_is_in_flight_go_together_in_the_next() -> None:
    store = Store()
    gather = Gatherer(store.run)
    first = asyncio.ensure_future(gather.submit(0))
    await asyncio.sleep(0)  # the first call is in flight alone: nothing waits for a batch
    rest = [asyncio.ensure_future(gather.submit(i)) for i in (2, 4, 6)]
    assert await asyncio.gather(first, *rest) == [0, 20, 40, 60]
    assert store.calls == [[0], [2, 4, 6]]


async def test_each_caller_gets_its_own_outcome() -> None:
    gather = Gatherer(Store().run)
    results = await asyncio.gather(*(gather.submit(i) for i in range(4)), return_exceptions=True)
    assert results[0] == 0 and results[2] == 20
    assert isinstance(results[1], ValueError) and isinstance(results[3], ValueError)


async def test_batches_are_bounded() -> None:
    store = Store()
    gather = Gatherer(store.run, max_batch=3)
    await asyncio.gather(*(gather.submit(2 * i) for i in range(7)))
    assert [len(c) for c in store.calls] == [3, 3, 1]


async def test_a_failing_round_trip_fails_its_batch_only() -> None:
    calls = 0

    async def flaky(items: list[int]) -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ConnectionError("store away")
        return items

    gather = Gatherer(flaky)
    first = asyncio.ensure_future(gather.submit(1))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(gather.submit(2))
    with pytest.raises(ConnectionError):
        await first
    assert await second == 2


@pytest.mark.parametrize("steps", [1, 2, 3])
async def test_a_writer_cancelled_at_any_moment_answers_every_caller(steps: int) -> None:
    gather = Gatherer(Store(delay=0.05).run)
    waiting = [asyncio.ensure_future(gather.submit(2 * i)) for i in range(5)]
    for _ in range(steps):
        await asyncio.sleep(0)
    assert gather.in_flight()
    gather._task.cancel()  # type: ignore[union-attr]
    results = await asyncio.gather(*waiting, return_exceptions=True)
    assert all(isinstance(r, Interrupted) for r in results)
    assert await gather.submit(8) == 80  # and the next call starts a new writer


async def test_a_caller_that_stops_waiting_does_not_stop_the_batch() -> None:
    store = Store(delay=0.05)
    gather = Gatherer(store.run)
    gone = asyncio.ensure_future(gather.submit(2))
    stays = asyncio.ensure_future(gather.submit(4))
    await asyncio.sleep(0.01)
    gone.cancel()
    assert await stays == 40
    assert store.calls == [[2, 4]]
