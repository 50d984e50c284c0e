"""The dispatcher: one worker per active endpoint whose lease this replica holds.

Every tick it reads the active endpoints, renews (or tries to take) each one's lease, starts
the workers it may run and stops those it may not (lease lost, endpoint paused, disabled or
deleted, or a replay that starts a new cursor generation). Replicas share the endpoints
between them through the leases; a replica that dies stops renewing, and another takes its
endpoints over once the lease term ends, from the saved cursors.

It ticks when woken (`wake`: the endpoints view applied a batch, or a worker ended) and
otherwise once per third of a lease term, when renewals fall due: at rest it does not poll.

Stopping a worker never holds up the tick: the worker is cancelled, and later ticks reap it
once it has ended (cancelling it again meanwhile, as a cancellation can be lost). Until then
the endpoint keeps its lease and gets no new worker, so two workers never share an endpoint.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from kit.relay import LeaseLike
from kit.waiting import wait_set
from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.ports import EndpointDocs
from services.subscriptions.application.worker import EndpointWorker

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 30.0

Running = tuple[EndpointWorker, "asyncio.Task[None]"]


class Dispatcher:
    def __init__(
        self,
        docs: EndpointDocs,
        new_worker: Callable[[EndpointConfig], EndpointWorker],
        lease_for: Callable[[str], LeaseLike],
        lease_ttl_s: float = 10.0,
    ) -> None:
        self._docs, self._new_worker, self._lease_for = docs, new_worker, lease_for
        self._renew_every, self._stale_after = lease_ttl_s / 3, lease_ttl_s / 2
        self._renewed: dict[str, float] = {}  # when each held lease was last renewed
        self._leases: dict[str, LeaseLike] = {}
        self._workers: dict[str, Running] = {}
        self._ending: dict[str, Running] = {}  # told to stop, not yet ended
        self._held_off: dict[str, int] = {}  # stopped by a 410: wait for the endpoint's next event
        self._backoff: dict[str, tuple[float, float]] = {}  # crashed: (not before, last wait)
        self._stopping = asyncio.Event()
        self._woken = asyncio.Event()
        self.ticks = 0  # for tests and status pages

    def stop(self) -> None:
        self._stopping.set()
        self._woken.set()

    def wake(self) -> None:
        """Tick soon: the endpoints changed, or a worker ended."""
        self._woken.set()

    def status(self) -> dict[str, Any]:
        return {
            "endpoints_held": sorted(self._workers),
            "workers": [worker.status() for worker, _ in self._workers.values()],
            "ending": sorted(self._ending),
            "ticks": self.ticks,
        }

    async def run(self) -> None:
        while not self._stopping.is_set():
            self._woken.clear()
            try:
                await self.tick()
            except Exception as exc:  # the store away: try again next tick
                log.warning("dispatcher tick failed: %s", exc)
                self._stop_unrenewed()
            await wait_set(self._woken, self._wait_s())
        for endpoint_id in list(self._workers):
            self._stop(endpoint_id)
        while self._ending:
            await asyncio.wait([task for _, task in self._ending.values()], timeout=1.0)
            self._reap()
        for lease in self._leases.values():
            with contextlib.suppress(Exception):
                await lease.release()

    def _wait_s(self) -> float:
        """Until the next renewal falls due, or sooner while a worker is still ending (it is
        cancelled again) or a crashed one may start again."""
        wait = self._renew_every
        if self._ending:
            wait = min(wait, 1.0)
        now = time.monotonic()
        for not_before, _ in self._backoff.values():
            if not_before > now:
                wait = min(wait, not_before - now + 0.01)
        return wait

    async def tick(self) -> None:
        self.ticks += 1
        configs = {
            c.endpoint_id: c for c in map(EndpointConfig.from_doc, await self._docs.active())
        }
        for endpoint_id in list(self._workers):
            config = configs.get(endpoint_id)
            worker, task = self._workers[endpoint_id]
            if config is None or config.generation != worker.generation or task.done():
                self._stop(endpoint_id)
        self._reap()
        for endpoint_id in set(self._leases) - set(configs) - set(self._ending):
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
                self._stop(endpoint_id)
            return
        self._renewed[endpoint_id] = time.monotonic()
        if endpoint_id in self._ending:  # the lease stays held until the last worker ended
            return
        running = self._workers.get(endpoint_id)
        if running:
            running[0].update(config)
            return
        worker = self._new_worker(config)
        task = asyncio.create_task(worker.run(), name=f"webhook-worker-{endpoint_id}")
        task.add_done_callback(lambda _: self.wake())
        self._workers[endpoint_id] = (worker, task)

    def _stop_unrenewed(self) -> None:
        """Without renewing its lease a worker may soon overlap another replica's: stop it."""
        now = time.monotonic()
        for endpoint_id in list(self._workers):
            if now - self._renewed.get(endpoint_id, 0.0) > self._stale_after:
                self._stop(endpoint_id)

    def _stop(self, endpoint_id: str) -> None:
        """Tell a worker to stop; the ticks reap it once it has ended, without waiting for it."""
        running = self._ending[endpoint_id] = self._workers.pop(endpoint_id)
        running[1].cancel()

    def _reap(self) -> None:
        for endpoint_id, (worker, task) in list(self._ending.items()):
            if not task.done():
                task.cancel()  # once more: a cancellation can be lost (see kit.waiting)
                continue
            del self._ending[endpoint_id]
            failure = None if task.cancelled() else task.exception()
            if failure is not None:
                wait = min(self._backoff.get(endpoint_id, (0.0, 0.5))[1] * 2, MAX_BACKOFF_S)
                self._backoff[endpoint_id] = (time.monotonic() + wait, wait)
                log.warning(
                    "endpoint %s: worker failed (%s); again in %.1fs", endpoint_id, failure, wait
                )
                continue
            self._backoff.pop(endpoint_id, None)
            if worker.stopped_by in ("gone", "changed"):  # until the view shows the change
                self._held_off[endpoint_id] = worker.config.version
