"""A thread of its own for a blocking client, and a time limit on every call into it.

A KafkaConsumer is used from one thread only. kafka-python 3.0 can wait for ever inside a call:
`KafkaConsumer.topics()` waits without a time limit for a metadata refresh, and once the
client's refresh loop has stopped (a refresh that failed under load), that refresh never comes.
So every call is given a limit; a call past it makes the client `ClientStuck` for good, its
caller stops, and a new client takes over. The stuck thread is a daemon: it is left behind and
never holds up the process's exit.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
CALL_LIMIT_S = 20.0

Call = tuple[
    Callable[..., Any], tuple[Any, ...], "asyncio.Future[Any] | None", asyncio.AbstractEventLoop
]


class ClientStuck(RuntimeError):
    """A call into a blocking client did not return in time: drop the client, start anew."""


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():  # the caller stopped waiting
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class ClientThread:
    """Runs calls one after another on a daemon thread, each within `limit_s`."""

    def __init__(self, name: str, limit_s: float = CALL_LIMIT_S) -> None:
        self.name, self._limit = name, limit_s
        self._calls: queue.SimpleQueue[Call | None] = queue.SimpleQueue()
        self.stuck = False
        threading.Thread(target=self._main, name=name, daemon=True).start()

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        if self.stuck:
            raise ClientStuck(f"{self.name}: an earlier call never returned")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._calls.put((fn, args, future, loop))
        try:
            async with asyncio.timeout(self._limit) as limit:
                return await future
        except TimeoutError:
            if not limit.expired():
                raise
            self.stuck = True
            raise ClientStuck(
                f"{self.name}: {getattr(fn, '__name__', fn)} did not return in {self._limit:g}s"
            ) from None

    def close_with(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run `fn` (closing the client) after the calls queued before, then end the thread;
        nothing to wait for, so a cancelled caller cannot leave the client open."""
        self._calls.put((fn, args, None, asyncio.get_running_loop()))
        self._calls.put(None)

    def stop(self) -> None:
        """The thread ends after the calls queued before (never, if one of them is stuck)."""
        self._calls.put(None)

    def _main(self) -> None:
        while (item := self._calls.get()) is not None:
            fn, args, future, loop = item
            if future is not None and future.done():
                continue
            result, error = None, None
            try:
                result = fn(*args)
            except BaseException as exc:  # handed to the caller, whatever it is
                error = exc
            if future is None:
                continue
            try:
                loop.call_soon_threadsafe(_settle, future, result, error)
            except RuntimeError:  # the event loop is closed: nobody waits any more
                return
