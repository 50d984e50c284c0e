"""Delivering one event: signed attempts, the retry schedule, 410 and fencing (in-memory parts)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kit.clock import SystemClock
from services.subscriptions.application.delivery import Deliverer, EndpointGone, Fenced
from services.subscriptions.application.ports import Answer, Delivery
from services.subscriptions.domain.schedule import RetrySchedule
from services.subscriptions.domain.signature import new_secret, verify

SECRET = new_secret()
BODY = b'{"id":"ev1","type":"needs.CampaignOpened"}'


class MemoryLog:
    def __init__(self) -> None:
        self.deliveries: dict[str, Delivery] = {}
        self.attempts: dict[tuple[str, int], tuple[Answer | None, str]] = {}

    async def open(self, delivery: Delivery, now: datetime) -> Delivery:
        return self.deliveries.setdefault(delivery.delivery_id, delivery)

    async def claim_attempt(self, delivery: Delivery, number: int, at: datetime) -> bool:
        if (delivery.delivery_id, number) in self.attempts:
            return False
        self.attempts[(delivery.delivery_id, number)] = (None, "sending")
        return True

    async def record_attempt(
        self, delivery: Delivery, number: int, answer: Answer, outcome: str, at: datetime
    ) -> None:
        self.attempts[(delivery.delivery_id, number)] = (answer, outcome)

    async def update(self, delivery: Delivery) -> None:
        self.deliveries[delivery.delivery_id] = delivery


class ScriptedSender:
    def __init__(self, *statuses: int | None) -> None:
        self.statuses, self.sent = list(statuses), []  # type: ignore[var-annotated]

    async def send(self, url: str, headers: dict[str, str], body: bytes) -> Answer:
        self.sent.append(headers)
        status = self.statuses.pop(0) if self.statuses else 200
        return Answer(status, error="" if status else "timeout")

    async def close(self) -> None:
        return None


def delivery() -> Delivery:
    return Delivery(
        "e1",
        "g0-ev1",
        "live",
        "ev1",
        "needs.CampaignOpened",
        "campaign-c1",
        "loei-3",
        "loei",
        datetime(2026, 6, 1, tzinfo=UTC).isoformat(),
        "nithet.needs.events",
        0,
        5,
    )


def deliverer(log: MemoryLog, sender: ScriptedSender, gone: list[int]) -> Deliverer:
    async def secrets() -> list[str]:
        return [SECRET]

    async def on_gone(d: Delivery, status: int) -> None:
        gone.append(status)

    schedule = RetrySchedule((0.001, 0.001, 0.001))
    return Deliverer(log, sender, schedule, SystemClock(), secrets, on_gone, lambda: 0.5)


async def test_failures_are_retried_on_the_schedule_with_the_same_id_and_fresh_signatures() -> None:
    log, sender, gone = MemoryLog(), ScriptedSender(503, None, 200), []  # type: ignore[var-annotated]
    done = await deliverer(log, sender, gone).deliver(delivery(), "https://x.example/", BODY)
    assert (done.status, done.attempts, done.last_status) == ("delivered", 3, 200)
    assert {h["webhook-id"] for h in sender.sent} == {"ev1"}
    for headers in sender.sent:
        verify(SECRET, headers, BODY)
        assert headers["content-type"] == "application/cloudevents+json"
    assert [o for (_, _), (_, o) in sorted(log.attempts.items())] == [
        "failed",
        "failed",
        "delivered",
    ]


async def test_when_the_schedule_is_used_up_the_delivery_has_failed() -> None:
    log, sender, gone = MemoryLog(), ScriptedSender(500, 500, 500, 500, 500), []  # type: ignore[var-annotated]
    done = await deliverer(log, sender, gone).deliver(delivery(), "https://x.example/", BODY)
    assert (done.status, done.attempts) == ("failed", 4)
    assert len(sender.sent) == 4


async def test_a_410_disables_the_endpoint_and_leaves_the_delivery_pending() -> None:
    log, sender, gone = MemoryLog(), ScriptedSender(410), []  # type: ignore[var-annotated]
    with pytest.raises(EndpointGone):
        await deliverer(log, sender, gone).deliver(delivery(), "https://x.example/", BODY)
    assert gone == [410]
    assert log.deliveries["g0-ev1"].status == "pending"


async def test_an_attempt_made_by_another_dispatcher_stops_this_one() -> None:
    log, sender, gone = MemoryLog(), ScriptedSender(), []  # type: ignore[var-annotated]
    log.attempts[("g0-ev1", 1)] = (None, "sending")
    with pytest.raises(Fenced):
        await deliverer(log, sender, gone).deliver(delivery(), "https://x.example/", BODY)
    assert sender.sent == []


async def test_a_finished_delivery_is_not_sent_again() -> None:
    log, sender, gone = MemoryLog(), ScriptedSender(), []  # type: ignore[var-annotated]
    log.deliveries["g0-ev1"] = replace(delivery(), status="delivered", attempts=1)
    await deliverer(log, sender, gone).deliver(delivery(), "https://x.example/", BODY)
    assert sender.sent == []
