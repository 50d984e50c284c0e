"""Waiting with a time limit without losing a cancellation.

In Python 3.11, `asyncio.wait_for` returns normally when its task is cancelled just as the
awaited thing finishes (within a loop iteration or two): the cancellation is lost. A loop built
on it (a lane waiting for records, a relay's idle wait, an HTTP attempt with a timeout) then
runs on after it was told to stop, and whatever awaits its end waits forever; that is how a
webhook dispatcher stopping one endpoint's worker stopped serving every endpoint. The
`asyncio.timeout` context manager has no such gap, so the code waits through it (ruff bans
`asyncio.wait_for`, see pyproject.toml).
"""

from __future__ import annotations

import asyncio


async def wait_set(event: asyncio.Event, timeout_s: float) -> bool:
    """True once the event is set, False when `timeout_s` passed first."""
    try:
        async with asyncio.timeout(timeout_s):
            await event.wait()
    except TimeoutError:
        return False
    return True
