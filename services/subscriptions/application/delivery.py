"""Delivering one event to one endpoint: sign, send, record the outcome, wait, try again.

Every attempt is claimed before its request is sent, by inserting its claim `<delivery>|<n>`,
which only one dispatcher can do. If another dispatcher claimed it first this one stops
(Fenced), so two replicas that briefly both believe they hold an endpoint never send the same
attempt twice. The outcome (status, next attempt, the attempt's answer in the delivery's log)
is written once, after the answer. A dispatcher killed between the claim and that write leaves a claimed attempt
without an outcome: the next holder counts it as cut off and sends again at once, with the
same `webhook-id`. A delivery whose outcome is written is never sent again by the lanes.

Right before its request is signed, an attempt reads the endpoint from its own stream (a
gathered probe that the runner's cached copy is current): it is signed with the secrets in
force at that moment, so a rotation answered before counts; and an endpoint paused, disabled,
deleted or replayed meanwhile stops the worker (EndpointChanged) before the request is sent
(the claimed attempt then counts as cut off). At most `in_flight` requests of one endpoint are
out at once: the read and the request share one of its slots, the claim and the outcome's
write do not, so the store's round trips of some deliveries overlap the requests of others.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

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
INTERRUPTED = "interrupted"
CUT_OFF = "the dispatcher stopped before recording an answer"

Sent = tuple[int, Answer, datetime]  # the attempt's number, its answer, when it started


class Fenced(Exception):
    """Another dispatcher is delivering to this endpoint: stop."""


class EndpointGone(Exception):
    """The receiver answered 410 Gone: the endpoint is being disabled."""


class EndpointChanged(Exception):
    """The endpoint's stream says stop (paused, disabled, deleted or replayed)."""


def resumed(stored: Delivery, claimed: int, now: datetime) -> Delivery:
    """A pending delivery found in the log: an attempt claimed without an outcome was cut off
    (its dispatcher stopped mid-way); it counts as made, and the next one is due at once."""
    if stored.status != PENDING or claimed <= stored.attempts:
        return replace(stored, claimed=max(claimed, stored.claimed))
    cut = _entry(claimed, Answer(None, error=CUT_OFF), INTERRUPTED, None, now)
    log = [*stored.attempt_log, cut]
    return replace(stored, attempts=claimed, claimed=claimed, next_attempt_at=now, attempt_log=log)


class Deliverer:
    def __init__(
        self,
        log: DeliveryLog,
        sender: Sender,
        schedule: RetrySchedule,
        clock: Clock,
        signing: Callable[[], Awaitable[list[str]]],
        on_gone: Callable[[Delivery, int], Awaitable[None]],
        in_flight: int = 16,
        chance: Callable[[], float] = random.random,
    ) -> None:
        self._log, self._sender, self._schedule, self._clock = log, sender, schedule, clock
        self._signing, self._on_gone, self._chance = signing, on_gone, chance
        self._slots = asyncio.Semaphore(in_flight)

    async def deliver(self, delivery: Delivery, url: str, body: bytes) -> Delivery:
        """Until delivered or failed for good; raises EndpointGone, EndpointChanged or Fenced."""
        opened = False
        while True:
            delivery, sent = await self._attempt(delivery, opened, url, body)
            opened = True
            if sent is not None:
                delivery = await self._recorded(delivery, *sent)
            if delivery.status != PENDING:
                return delivery
            await self._wait_until(delivery.next_attempt_at)

    async def _attempt(
        self, delivery: Delivery, opened: bool, url: str, body: bytes
    ) -> tuple[Delivery, Sent | None]:
        """Claim an attempt; then, in one of the endpoint's slots, read the endpoint from its
        stream and send the request signed with the secrets in force at that moment."""
        if opened:
            number = await self._claim(delivery)
        else:
            delivery, number = await self._open(delivery)
        if not number:
            return delivery, None
        async with self._slots:
            secrets = await self._signing()
            answer, started = await self._send(delivery, url, body, secrets)
        return delivery, (number, answer, started)

    async def _open(self, delivery: Delivery) -> tuple[Delivery, int]:
        """The delivery as stored, and the attempt claimed now (0: none is due now)."""
        opened = await self._log.open(delivery, self._clock.now())
        found = opened.delivery
        if opened.claimed_first:
            return found, 1
        due = found.next_attempt_at is None or found.next_attempt_at <= self._clock.now()
        if found.status != PENDING or not due:
            return found, 0
        return found, await self._claim(found)

    async def _claim(self, delivery: Delivery) -> int:
        number = delivery.claimed + 1
        if not await self._log.claim_attempt(delivery, number, self._clock.now()):
            raise Fenced(delivery.delivery_id)
        delivery.claimed = number
        return number

    async def _send(
        self, delivery: Delivery, url: str, body: bytes, secrets: list[str]
    ) -> tuple[Answer, datetime]:
        started = self._clock.now()
        headers = webhook_headers(secrets, delivery.event_id, int(started.timestamp()), body)
        headers |= {"content-type": CONTENT_TYPE, "user-agent": USER_AGENT}
        return await self._sender.send(url, headers, body), started

    async def _recorded(
        self, delivery: Delivery, number: int, answer: Answer, started: datetime
    ) -> Delivery:
        outcome = outcome_of(answer.status)
        delivery = await self._log.record(self._after(delivery, number, answer, outcome, started))
        if outcome == GONE:
            await self._on_gone(delivery, answer.status or 410)
            raise EndpointGone(delivery.delivery_id)
        return delivery

    def _after(
        self, delivery: Delivery, number: int, answer: Answer, outcome: str, started: datetime
    ) -> Delivery:
        at = self._clock.now()
        changed = replace(
            delivery,
            attempts=number,
            last_attempt_at=at,
            last_status=answer.status,
            last_error=answer.error,
            next_attempt_at=None,
            attempt_log=[*delivery.attempt_log, _entry(number, answer, outcome, started, at)],
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


def _entry(
    number: int, answer: Answer, outcome: str, started: datetime | None, finished: datetime
) -> dict[str, Any]:
    return {
        "number": number,
        "outcome": outcome,
        "started_at": started,
        "finished_at": finished,
        "status_code": answer.status,
        "response": answer.excerpt,
        "error": answer.error,
        "duration_ms": answer.duration_ms,
    }
