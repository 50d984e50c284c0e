"""Delivering one event to one endpoint: sign, send, record the attempt, wait, try again.

Every attempt is first claimed by inserting its record (`<delivery>|<n>`): if another
dispatcher already made attempt n, the insert fails and this one stops (Fenced), so two
replicas that briefly both believe they hold an endpoint never send the same attempt twice.
A dispatcher killed mid-attempt leaves a claimed attempt without an answer; the next holder
sends again at once, with the same `webhook-id`.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta

from kit.clock import Clock
from kit.events.envelope import CONTENT_TYPE
from services.subscriptions.application.ports import PENDING, Answer, Delivery, DeliveryLog, Sender
from services.subscriptions.domain.schedule import (
    DELIVERED,
    FAILED,
    GONE,
    RetrySchedule,
    outcome_of,
)
from services.subscriptions.domain.signature import webhook_headers

USER_AGENT = "Nithet-Webhooks/1.0"


class Fenced(Exception):
    """Another dispatcher is delivering to this endpoint: stop."""


class EndpointGone(Exception):
    """The receiver answered 410 Gone: the endpoint is being disabled."""


class Deliverer:
    def __init__(
        self,
        log: DeliveryLog,
        sender: Sender,
        schedule: RetrySchedule,
        clock: Clock,
        secrets: Callable[[], Awaitable[list[str]]],
        on_gone: Callable[[Delivery, int], Awaitable[None]],
        chance: Callable[[], float] = random.random,
    ) -> None:
        self._log, self._sender, self._schedule, self._clock = log, sender, schedule, clock
        self._secrets, self._on_gone, self._chance = secrets, on_gone, chance

    async def deliver(self, delivery: Delivery, url: str, body: bytes) -> Delivery:
        """Until delivered or failed for good; raises EndpointGone or Fenced."""
        delivery = await self._log.open(delivery, self._clock.now())
        while delivery.status == PENDING:
            await self._wait_until(delivery.next_attempt_at)
            delivery = await self._attempt(delivery, url, body)
        return delivery

    async def _attempt(self, delivery: Delivery, url: str, body: bytes) -> Delivery:
        number = delivery.attempts + 1
        started = self._clock.now()
        if not await self._log.claim_attempt(delivery, number, started):
            raise Fenced(delivery.delivery_id)
        headers = webhook_headers(
            await self._secrets(), delivery.event_id, int(started.timestamp()), body
        )
        headers |= {"content-type": CONTENT_TYPE, "user-agent": USER_AGENT}
        answer = await self._sender.send(url, headers, body)
        outcome = outcome_of(answer.status)
        finished = self._clock.now()
        await self._log.record_attempt(delivery, number, answer, outcome, finished)
        delivery = self._after(delivery, number, answer, outcome, finished)
        await self._log.update(delivery)
        if outcome == GONE:
            await self._on_gone(delivery, answer.status or 410)
            raise EndpointGone(delivery.delivery_id)
        return delivery

    def _after(
        self, delivery: Delivery, number: int, answer: Answer, outcome: str, at: datetime
    ) -> Delivery:
        changed = replace(
            delivery,
            attempts=number,
            last_attempt_at=at,
            last_status=answer.status,
            last_error=answer.error,
            next_attempt_at=None,
        )
        if outcome == DELIVERED:
            return replace(changed, status=DELIVERED)
        if outcome == GONE:  # stays pending: resuming the endpoint sends it again at once
            return changed
        wait = self._schedule.wait_after(number, self._chance(), answer.retry_after_s)
        if wait is None:
            return replace(changed, status=FAILED)
        return replace(changed, next_attempt_at=at + timedelta(seconds=wait))

    async def _wait_until(self, moment: datetime | None) -> None:
        if moment is None:
            return
        seconds = (moment - self._clock.now()).total_seconds()
        if seconds > 0:
            await asyncio.sleep(seconds)
