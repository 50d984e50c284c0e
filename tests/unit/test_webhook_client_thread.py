"""A blocking client's calls run on a thread of their own, each within a time limit.

kafka-python can wait for ever inside a call (a metadata refresh that never comes): such a call
makes the client stuck, its caller learns it at the limit, and nothing waits for it any more.
"""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from services.subscriptions.adapters.client_thread import ClientStuck, ClientThread


async def test_calls_run_in_order_on_one_thread_of_their_own() -> None:
    thread, names = ClientThread("client-test"), list[str]()

    def note(n: int) -> int:
        names.append(threading.current_thread().name)
        return n * 2

    assert [await thread.call(note, n) for n in range(3)] == [0, 2, 4]
    assert names == ["client-test"] * 3
    thread.stop()


async def test_an_error_reaches_the_caller_and_the_thread_goes_on() -> None:
    thread = ClientThread("client-test")

    def fail() -> None:
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        await thread.call(fail)
    assert await thread.call(lambda: "still here") == "still here"
    thread.stop()


async def test_a_call_past_its_limit_makes_the_client_stuck_for_good() -> None:
    thread, release = ClientThread("client-test", limit_s=0.2), threading.Event()
    started = time.monotonic()
    with pytest.raises(ClientStuck, match="did not return"):
        await thread.call(release.wait)
    assert time.monotonic() - started < 2
    with pytest.raises(ClientStuck):
        await thread.call(lambda: None)  # refused at once: the thread is still held
    assert thread.stuck
    release.set()
    thread.stop()


async def test_closing_waits_for_nothing_and_runs_after_the_call_under_way() -> None:
    thread, order = ClientThread("client-test"), list[str]()
    release, closed = threading.Event(), threading.Event()
    under_way = asyncio.create_task(thread.call(lambda: (release.wait(), order.append("call"))))
    await asyncio.sleep(0)  # the call is queued
    thread.close_with(lambda: (order.append("closed"), closed.set()))
    assert order == []  # closing waited for nothing
    release.set()
    await under_way
    assert await asyncio.to_thread(closed.wait, 5)
    assert order == ["call", "closed"]
