"""Manual redeliveries: one event sent to the endpoint once more, beside the lanes.

A request (a `RedeliveryRequested` event, numbered per endpoint) becomes its own delivery
`x<n>-<event id>` with the same `webhook-id` and the full retry schedule. The event is read
again from the replay log at its recorded position. Redeliveries are not ordered with the
lanes: they repeat something already sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from kit.clock import Clock
from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.delivery import Deliverer
from services.subscriptions.application.ports import (
    PENDING,
    Delivery,
    DeliveryLog,
    EndpointDocs,
    RecordFetcher,
)

MISSING = "the event is no longer in the replay log at its position"


def redelivery_of(request: dict[str, Any]) -> Delivery:
    return Delivery(
        endpoint_id=request["endpoint_id"],
        delivery_id=f"x{request['request']}-{request['event_id']}",
        trigger="redelivery",
        event_id=request["event_id"],
        event_type=request["event_type"],
        subject=request["subject"],
        tenant=request["tenant"],
        province=request["event_province"],
        event_time=str(request["event_time"]),
        topic=request["topic"],
        partition=int(request["partition"]),
        offset=int(request["offset"]),
    )


class Redeliveries:
    def __init__(
        self,
        config: Callable[[], EndpointConfig],
        deliverer: Deliverer,
        log: DeliveryLog,
        docs: EndpointDocs,
        fetcher: RecordFetcher,
        clock: Clock,
        tick_s: float,
    ) -> None:
        self._config, self._deliverer, self._log = config, deliverer, log
        self._docs, self._fetcher, self._clock, self._tick = docs, fetcher, clock, tick_s
        self._started: set[str] = set()

    async def run(self) -> None:
        opened = 0
        async with asyncio.TaskGroup() as tasks:
            while True:
                wanted = self._config().redeliveries
                if wanted > opened:
                    opened = await self._open(opened, wanted)
                    for delivery in await self._log.pending_redeliveries(self._endpoint):
                        if delivery.delivery_id not in self._started:
                            self._started.add(delivery.delivery_id)
                            tasks.create_task(self._send(delivery))
                await asyncio.sleep(self._tick)

    @property
    def _endpoint(self) -> str:
        return self._config().endpoint_id

    async def _open(self, opened: int, wanted: int) -> int:
        """Record a delivery for each new request; returns how many are recorded."""
        for number in range(opened + 1, wanted + 1):
            request = await self._docs.redelivery(self._endpoint, number)
            if request is None:  # the view has not caught up yet: next time
                return number - 1
            await self._log.open(redelivery_of(request), self._clock.now())
        return wanted

    async def _send(self, delivery: Delivery) -> None:
        record = await self._fetcher.fetch(delivery.topic, delivery.partition, delivery.offset)
        if record is None:
            delivery.status, delivery.last_error = "failed", MISSING
            await self._log.update(delivery)
            return
        if delivery.status == PENDING:
            await self._deliverer.deliver(delivery, self._config().url, record.value)
