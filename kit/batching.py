"""Gathering concurrent calls into one store round trip (group commit, batched reads).

A `Gatherer` takes items from many concurrent callers and hands them, as one list, to a
single `run` call; while that call is in flight, new items queue up and go together in the
next one. Nothing waits for a batch to fill: an item that arrives when nothing is in flight
is sent at once (one item, one round trip), and under load each round trip carries as many
items as arrived meanwhile, up to `max_batch`. There is no timer and no task while idle: the
drain task starts with the first item and ends when the queue is empty.

`run` answers one result per item, in order; a result that is an exception is raised to that
item's caller alone. If `run` itself raises, every caller of that batch gets the error (for a
write, its outcome is then unknown to them, exactly as when a single write's connection
breaks). A caller that stops waiting (cancelled) does not stop the batch: its item may still
be written, as a write already sent may be.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from kit.errors import ServiceUnavailable

T = TypeVar("T")
R = TypeVar("R")


class Interrupted(ServiceUnavailable):
    code = "write_interrupted"
    message_th = "การบันทึกถูกขัดจังหวะ ยังไม่ทราบผล กรุณาส่งคำขอเดิมอีกครั้ง"
    message_en = (
        "The write was interrupted and its outcome is unknown; send the same request again."
    )


class Gatherer(Generic[T, R]):
    def __init__(
        self, run: Callable[[list[T]], Awaitable[Sequence[R | BaseException]]], max_batch: int = 256
    ) -> None:
        self._run, self._max = run, max_batch
        self._queue: deque[tuple[T, asyncio.Future[R]]] = deque()
        self._task: asyncio.Task[None] | None = None
        self._batch: list[tuple[T, asyncio.Future[R]]] = []  # in flight
        self.round_trips = 0  # calls of `run`, for metrics and tests
        self.items = 0

    async def submit(self, item: T) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._queue.append((item, future))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._drain())
            self._task.add_done_callback(self._ended)
        return await future

    def in_flight(self) -> bool:
        return self._task is not None and not self._task.done()

    async def close(self) -> None:
        """Stop the drain task; callers still waiting get `Interrupted`."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._fail(list(self._queue), Interrupted())
        self._queue.clear()

    def _ended(self, task: asyncio.Task[None]) -> None:
        """A drain task cancelled (even before it ran a line) answers its callers `Interrupted`;
        what was queued meanwhile is left to a newer task if one started."""
        if not task.cancelled() and task.exception() is None:
            return  # it ended with an empty queue
        self._fail(self._batch, Interrupted())
        self._batch = []
        if self._task is task:
            self._fail(list(self._queue), Interrupted())
            self._queue.clear()

    async def _drain(self) -> None:
        while self._queue:
            self._batch = [self._queue.popleft() for _ in range(min(self._max, len(self._queue)))]
            self.round_trips += 1
            self.items += len(self._batch)
            try:
                outcomes = await self._run([item for item, _ in self._batch])
            except asyncio.CancelledError:
                raise  # `_ended` answers the batch and the queue
            except Exception as exc:
                self._fail(self._batch, exc)
                continue
            for (_, future), outcome in zip(self._batch, outcomes, strict=True):
                if future.done():  # the caller stopped waiting
                    continue
                if isinstance(outcome, BaseException):
                    future.set_exception(outcome)
                else:
                    future.set_result(outcome)
            self._batch = []

    @staticmethod
    def _fail(batch: list[tuple[T, asyncio.Future[R]]], error: BaseException) -> None:
        for _, future in batch:
            if not future.done():
                future.set_exception(error)
