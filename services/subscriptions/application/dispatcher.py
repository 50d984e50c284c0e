"""The dispatcher: one worker per active endpoint whose lease this replica holds.

Every tick it reads the active endpoints, renews (or tries to take) each one's lease, starts
the workers it may run and stops those it may not (lease lost, endpoint paused, disabled or
deleted, or a replay that starts a new cursor generation). Replicas share the endpoints
between them through the leases; a replica that dies stops renewing, and another takes its
endpoints over once the lease term ends, from the saved cursors.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from kit.relay import LeaseLike
from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.ports import EndpointDocs
from services.subscriptions.application.worker import EndpointWorker

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 30.0


class Dispatcher:
    def __init__(
        self,
        docs: EndpointDocs,
        new_worker: Callable[[EndpointConfig], EndpointWorker],
        lease_for: Callable[[str], LeaseLike],
        tick_s: float = 0.5,
        lease_ttl_s: float = 10.0,
    ) -> None:
        self._docs, self._new_worker, self._lease_for = docs, new_worker, lease_for
        self._tick, self._stale_after = tick_s, lease_ttl_s / 2
        self._renewed: dict[str, float] = {}  # when each held lease was last renewed
        self._leases: dict[str, LeaseLike] = {}
        self._workers: dict[str, tuple[EndpointWorker, asyncio.Task[None]]] = {}
        self._held_off: dict[str, int] = {}  # stopped by a 410: wait for the endpoint's next event
        self._backoff: dict[str, tuple[float, float]] = {}  # crashed: (not before, last wait)
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()

    def status(self) -> dict[str, Any]:
        return {
            "endpoints_held": sorted(self._workers),
            "workers": [worker.status() for worker, _ in self._workers.values()],
        }

    async def run(self) -> None:
        while not self._stopping.is_set():
            try:
                await self.tick()
            except Exception as exc:  # the store away: try again next tick
                log.warning("dispatcher tick failed: %s", exc)
                await self._stop_unrenewed()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=self._tick)
        for endpoint_id in list(self._workers):
            await self._stop(endpoint_id)
        for lease in self._leases.values():
            with contextlib.suppress(Exception):
                await lease.release()

    async def tick(self) -> None:
        configs = {
            c.endpoint_id: c for c in map(EndpointConfig.from_doc, await self._docs.active())
        }
        for endpoint_id in list(self._workers):
            config = configs.get(endpoint_id)
            worker, task = self._workers[endpoint_id]
            if config is None or config.generation != worker.generation or task.done():
                await self._stop(endpoint_id)
        for endpoint_id in set(self._leases) - set(configs):
            await self._leases.pop(endpoint_id).release()
        for config in configs.values():
            await self._keep(config)

    async def _keep(self, config: EndpointConfig) -> None:
        endpoint_id = config.endpoint_id
        if self._held_off.get(endpoint_id) == config.version:
            return
        if time.monotonic() < self._backoff.get(endpoint_id, (0.0, 0.0))[0]:
            return
        lease = self._leases.setdefault(endpoint_id, self._lease_for(endpoint_id))
        if not await lease.hold():
            if endpoint_id in self._workers:
                await self._stop(endpoint_id)
            return
        self._renewed[endpoint_id] = time.monotonic()
        running = self._workers.get(endpoint_id)
        if running:
            running[0].update(config)
            return
        worker = self._new_worker(config)
        self._workers[endpoint_id] = (worker, asyncio.create_task(worker.run()))

    async def _stop_unrenewed(self) -> None:
        """Without renewing its lease a worker may soon overlap another replica's: stop it."""
        now = time.monotonic()
        for endpoint_id in list(self._workers):
            if now - self._renewed.get(endpoint_id, 0.0) > self._stale_after:
                await self._stop(endpoint_id)

    async def _stop(self, endpoint_id: str) -> None:
        worker, task = self._workers.pop(endpoint_id)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # the dispatcher itself is being cancelled, not just the worker
        except Exception as exc:
            wait = min(self._backoff.get(endpoint_id, (0.0, 0.5))[1] * 2, MAX_BACKOFF_S)
            self._backoff[endpoint_id] = (time.monotonic() + wait, wait)
            log.warning("endpoint %s: worker failed (%s); again in %.1fs", endpoint_id, exc, wait)
            return
        self._backoff.pop(endpoint_id, None)
        if worker.stopped_by == "gone":
            self._held_off[endpoint_id] = worker.config.version
