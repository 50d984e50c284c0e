"""The dispatcher stops one endpoint's worker without waiting for it to end.

The worker here loses its first cancellation (as Python 3.11's `asyncio.wait_for` could make a
lane do): the dispatcher must go on starting other endpoints' workers meanwhile, cancel the
stubborn one again, and reap it once it has ended.
"""

from __future__ import annotations

import asyncio
from typing import Any

from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.dispatcher import Dispatcher
from tests.support.harness import eventually


def endpoint_doc(endpoint_id: str) -> dict[str, Any]:
    return {
        "endpoint_id": endpoint_id,
        "url": "https://receiver.invalid/hooks",
        "scope_level": "province",
        "scope_id": "loei",
        "event_types": ["*"],
        "start": {"start_from": "now", "start_at": None},
        "secrets": [{"id": "s1", "until": None}],
        "version": 1,
    }


class Docs:
    def __init__(self, *endpoint_ids: str) -> None:
        self.active_ids = list(endpoint_ids)

    async def active(self) -> list[dict[str, Any]]:
        return [endpoint_doc(e) for e in self.active_ids]


class AlwaysHeld:
    async def hold(self) -> bool:
        return True

    async def release(self) -> None:
        return None


class StubbornWorker:
    """Carries on after its first cancellation; the second one ends it."""

    def __init__(self, config: EndpointConfig) -> None:
        self.config, self.generation, self.stopped_by = config, config.generation, ""
        self.cancellations = 0

    def update(self, config: EndpointConfig) -> None:
        self.config = config

    def status(self) -> dict[str, Any]:
        return {"endpoint_id": self.config.endpoint_id, "version": self.config.version}

    async def run(self) -> None:
        while True:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                self.cancellations += 1
                if self.cancellations > 1:
                    raise


async def test_a_worker_that_loses_its_cancellation_holds_up_no_other_endpoint() -> None:
    docs, workers = Docs("ep-a"), list[StubbornWorker]()

    def new_worker(config: EndpointConfig) -> Any:
        workers.append(StubbornWorker(config))
        return workers[-1]

    dispatcher = Dispatcher(docs, new_worker, lambda _: AlwaysHeld(), tick_s=0.02)

    async def status() -> dict[str, Any]:
        return dispatcher.status()

    running = asyncio.create_task(dispatcher.run())
    try:
        await eventually(status, lambda s: s["endpoints_held"] == ["ep-a"], 5)
        docs.active_ids = ["ep-b"]  # ep-a paused, ep-b registered
        held = await eventually(status, lambda s: s["endpoints_held"] == ["ep-b"], 5)
        assert held["workers"] == [{"endpoint_id": "ep-b", "version": 1}]
        await eventually(status, lambda s: s["ending"] == [], 5)
        assert workers[0].cancellations == 2
    finally:
        dispatcher.stop()
        await asyncio.wait({running}, timeout=5)
    assert running.done() and not running.cancelled()
    assert workers[1].cancellations == 2  # stopping the dispatcher ended the stubborn ep-b too
