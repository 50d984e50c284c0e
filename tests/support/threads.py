"""Room in the event loop's default executor for several in-process services.

Every in-process consumer (kit.messaging.consumer) holds a thread of the loop's default
executor for its whole life, and that executor has only CPU count + 4 threads. A test that
runs directory, needs and subscriptions in one process (and a session whose loop outlives
each deployment) needs more, or the next consumer, publisher flush or topic creation waits.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

_enlarged: set[int] = set()


def enlarge_default_executor(threads: int = 64) -> None:
    loop = asyncio.get_running_loop()
    if id(loop) not in _enlarged:
        loop.set_default_executor(ThreadPoolExecutor(threads, thread_name_prefix="test-default"))
        _enlarged.add(id(loop))
