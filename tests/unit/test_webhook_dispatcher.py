"""The dispatcher: woken by changes, otherwise quiet; and it never waits for a worker to end.

At rest it ticks once per third of a lease term (renewals); when the endpoints view changes it
ticks at once. A worker here loses its first cancellation (as Python 3.11's `asyncio.wait_for`
could make a lane do): the dispatcher must go on starting other endpoints' workers meanwhile,
cancel the stubborn one again, and reap it once it has ended.
"""

from __future__ import annotations

import asyncio
from typing import Any

from services.subscriptions.adapters.client_thread import ClientStuck
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

    dispatcher = Dispatcher(docs, new_worker, lambda _: AlwaysHeld(), lease_ttl_s=0.06)

    async def status() -> dict[str, Any]:
        return dispatcher.status()

    running = asyncio.create_task(dispatcher.run())
    try:
        await eventually(status, lambda s: s["endpoints_held"] == ["ep-a"], 5)
        docs.active_ids = ["ep-b"]  # ep-a paused, ep-b registered
        dispatcher.wake()
        held = await eventually(status, lambda s: s["endpoints_held"] == ["ep-b"], 5)
        assert held["workers"] == [{"endpoint_id": "ep-b", "version": 1}]
        await eventually(status, lambda s: s["ending"] == [], 5)
        assert workers[0].cancellations == 2
    finally:
        dispatcher.stop()
        await asyncio.wait({running}, timeout=5)
    assert running.done() and not running.cancelled()
    assert workers[1].cancellations == 2  # stopping the dispatcher ended the stubborn ep-b too


async def test_at_rest_the_dispatcher_ticks_once_per_third_of_a_lease_term_and_when_woken() -> None:
    docs = Docs("ep-a")
    dispatcher = Dispatcher(docs, StubbornWorker, lambda _: AlwaysHeld(), lease_ttl_s=3.0)
    running = asyncio.create_task(dispatcher.run())
    try:
        await asyncio.sleep(0.1)
        assert dispatcher.ticks == 1
        await asyncio.sleep(1.1)  # a third of the term: the renewal falls due
        assert dispatcher.ticks == 2
        docs.active_ids = ["ep-a", "ep-b"]  # a new endpoint in the view: it wakes at once
        dispatcher.wake()
        await asyncio.sleep(0.05)
        assert dispatcher.ticks == 3 and dispatcher.status()["endpoints_held"] == ["ep-a", "ep-b"]
    finally:
        dispatcher.stop()
        await asyncio.wait({running}, timeout=5)


async def test_a_worker_whose_kafka_client_got_stuck_is_replaced_a_second_later() -> None:
    docs, started = Docs("ep-a"), list[StubbornWorker]()

    class StuckOnce(StubbornWorker):
        async def run(self) -> None:
            if len(started) == 1:  # the first worker's reader never answered
                raise ClientStuck("webhook-reader-ep-a: partitions did not return in 20s")
            await super().run()

    def new_worker(config: EndpointConfig) -> Any:
        started.append(StuckOnce(config))
        return started[-1]

    dispatcher = Dispatcher(docs, new_worker, lambda _: AlwaysHeld(), lease_ttl_s=30.0)

    async def status() -> dict[str, Any]:
        return dispatcher.status()

    running = asyncio.create_task(dispatcher.run())
    try:
        await eventually(lambda: _count(started), lambda n: n == 2, 5)
        held = await eventually(status, lambda s: s["endpoints_held"] == ["ep-a"], 5)
        assert held["ending"] == []
    finally:
        dispatcher.stop()
        await asyncio.wait({running}, timeout=5)


async def _count(items: list[Any]) -> int:
    return len(items)
