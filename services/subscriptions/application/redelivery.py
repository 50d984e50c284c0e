"""Manual redeliveries: one event sent to the endpoint once more, beside the lanes.

A request (a `RedeliveryRequested` event on the endpoint's stream, numbered per endpoint)
becomes its own delivery `x<n>-<event id>` with the same `webhook-id` and the full retry
schedule. The requests are read from the endpoint's stream when the worker starts and when the
endpoint's count of requests changes; each is recorded in the delivery log (pending) before it
is sent. The event is read again from the replay log at its recorded position. Redeliveries are
not ordered with the lanes: they repeat something already sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from kit.clock import Clock
from services.subscriptions.application.delivery import Deliverer
from services.subscriptions.application.ports import PENDING, Delivery, DeliveryLog, RecordFetcher
from services.subscriptions.domain.events import RedeliveryRequested

MISSING = "the event is no longer in the replay log at its position"

Requests = Callable[[], Awaitable[list[RedeliveryRequested]]]


def redelivery_of(request: RedeliveryRequested) -> Delivery:
    return Delivery(
        endpoint_id=request.endpoint_id,
        delivery_id=f"x{request.request}-{request.event_id}",
        trigger="redelivery",
        event_id=request.event_id,
        event_type=request.event_type,
        subject=request.subject,
        tenant=request.tenant,
        province=request.event_province,
        event_time=request.event_time.isoformat(),
        topic=request.topic,
        partition=request.partition,
        offset=request.offset,
    )


class Redeliveries:
    def __init__(
        self,
        endpoint_id: str,
        url: Callable[[], str],
        deliverer: Deliverer,
        log: DeliveryLog,
        requests: Requests,
        fetcher: RecordFetcher,
        clock: Clock,
    ) -> None:
        self._endpoint, self._url, self._deliverer, self._log = endpoint_id, url, deliverer, log
        self._requests, self._fetcher, self._clock = requests, fetcher, clock
        self._started: set[str] = set()
        self._woken = asyncio.Event()

    def wake(self) -> None:
        """The endpoint's count of requests changed: look at its stream again."""
        self._woken.set()

    async def run(self) -> None:
        opened = 0
        async with asyncio.TaskGroup() as tasks:
            while True:
                self._woken.clear()
                requests = await self._requests()
                if len(requests) > opened:
                    for request in requests[opened:]:
                        await self._log.request(redelivery_of(request), self._clock.now())
                    opened = len(requests)
                    for delivery in await self._log.pending_redeliveries(self._endpoint):
                        if delivery.delivery_id not in self._started:
                            self._started.add(delivery.delivery_id)
                            tasks.create_task(self._send(delivery))
                await self._woken.wait()

    async def _send(self, delivery: Delivery) -> None:
        record = await self._fetcher.fetch(delivery.topic, delivery.partition, delivery.offset)
        if record is None:
            delivery.status, delivery.last_error = "failed", MISSING
            await self._log.record(delivery)
            return
        if delivery.status == PENDING:
            await self._deliverer.deliver(delivery, self._url(), record.value)
