"""Delivering one event: claims, signed attempts, the retry schedule, 410, fencing (in memory)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kit.clock import SystemClock
from services.subscriptions.application.delivery import (
    INTERRUPTED,
    Deliverer,
    EndpointChanged,
    EndpointGone,
    Fenced,
    resumed,
)
from services.subscriptions.application.ports import Answer, Delivery, Opened
from services.subscriptions.domain.schedule import RetrySchedule
from services.subscriptions.domain.signature import new_secret, verify

SECRET = new_secret()
BODY = b'{"id":"ev1","type":"needs.CampaignOpened"}'
NOW = datetime(2026, 6, 1, tzinfo=UTC)


class MemoryLog:
    """The delivery log's rules in memory: claims are insert-only, outcomes written after."""

    def __init__(self) -> None:
        self.deliveries: dict[str, Delivery] = {}
        self.claims: set[tuple[str, int]] = set()
        self.writes: list[str] = []

    async def open(self, delivery: Delivery, now: datetime) -> Opened:
        fresh = replace(delivery, claimed=1)
        if await self.claim_attempt(fresh, 1, now):
            return Opened(fresh, claimed_first=True)
        stored = self.deliveries.get(delivery.delivery_id, replace(delivery, claimed=0))
        if stored.status != "pending":
            return Opened(stored, claimed_first=False)
        claimed = max([stored.claimed, *(n for d, n in self.claims if d == delivery.delivery_id)])
        return Opened(resumed(replace(stored), claimed, now), claimed_first=False)

    async def request(self, delivery: Delivery, now: datetime) -> None:
        self.deliveries.setdefault(delivery.delivery_id, delivery)

    async def claim_attempt(self, delivery: Delivery, number: int, at: datetime) -> bool:
        if (delivery.delivery_id, number) in self.claims:
            return False
        self.writes.append(f"claim {number}")
        self.claims.add((delivery.delivery_id, number))
        return True

    async def record(self, delivery: Delivery) -> Delivery:
        self.writes.append("update" if delivery.logged else "record")
        self.deliveries[delivery.delivery_id] = replace(delivery, logged=True)
        return replace(delivery, logged=True)


class ScriptedSender:
    def __init__(self, *statuses: int | None, pause_s: float = 0.0) -> None:
        self.statuses, self.pause_s = list(statuses), pause_s
        self.sent: list[dict[str, str]] = []
        self.at_once = self.most_at_once = 0

    async def send(self, url: str, headers: dict[str, str], body: bytes) -> Answer:
        self.sent.append(headers)
        self.at_once += 1
        self.most_at_once = max(self.most_at_once, self.at_once)
        await asyncio.sleep(self.pause_s)
        self.at_once -= 1
        status = self.statuses.pop(0) if self.statuses else 200
        return Answer(status, error="" if status else "timeout")

    async def close(self) -> None:
        return None


def delivery(event: str = "ev1") -> Delivery:
    return Delivery(
        "e1",
        f"g0-{event}",
        "live",
        event,
        "needs.CampaignOpened",
        f"campaign-{event}",
        "loei-3",
        "loei",
        NOW.isoformat(),
        "nithet.needs.events",
        0,
        5,
    )


def deliverer(
    log: MemoryLog,
    sender: ScriptedSender,
    gone: list[int] | None = None,
    secrets: list[list[str]] | None = None,
    in_flight: int = 16,
) -> Deliverer:
    rounds = iter(secrets or [])

    async def signing() -> list[str]:
        return next(rounds, [SECRET])

    async def on_gone(d: Delivery, status: int) -> None:
        (gone if gone is not None else []).append(status)

    schedule = RetrySchedule((0.001, 0.001, 0.001))
    return Deliverer(log, sender, schedule, SystemClock(), signing, on_gone, in_flight, lambda: 0.5)


async def test_a_first_attempt_answered_costs_one_claim_before_the_request_and_one_record() -> None:
    log, sender = MemoryLog(), ScriptedSender(200)
    done = await deliverer(log, sender).deliver(delivery(), "https://x.example/", BODY)
    assert (done.status, done.attempts, done.claimed) == ("delivered", 1, 1)
    assert log.writes == ["claim 1", "record"]
    assert [a["outcome"] for a in log.deliveries["g0-ev1"].attempt_log] == ["delivered"]


async def test_failures_are_retried_on_the_schedule_with_the_same_id_and_fresh_signatures() -> None:
    log, sender = MemoryLog(), ScriptedSender(503, None, 200)
    done = await deliverer(log, sender).deliver(delivery(), "https://x.example/", BODY)
    assert (done.status, done.attempts, done.last_status) == ("delivered", 3, 200)
    assert {h["webhook-id"] for h in sender.sent} == {"ev1"}
    for headers in sender.sent:
        verify(SECRET, headers, BODY)
        assert headers["content-type"] == "application/cloudevents+json"
    assert log.writes == ["claim 1", "record", "claim 2", "update", "claim 3", "update"]
    logged = log.deliveries["g0-ev1"].attempt_log
    assert [(a["number"], a["outcome"]) for a in logged] == [
        (1, "failed"),
        (2, "failed"),
        (3, "delivered"),
    ]


async def test_every_attempt_is_signed_with_the_secrets_read_when_it_starts() -> None:
    rotated = new_secret()
    log, sender = MemoryLog(), ScriptedSender(503, 200)
    signing = [[SECRET], [rotated]]  # the secret was rotated between the two attempts
    await deliverer(log, sender, secrets=signing).deliver(delivery(), "https://x.example/", BODY)
    verify(SECRET, sender.sent[0], BODY)
    verify(rotated, sender.sent[1], BODY)
    assert len(sender.sent[1]["webhook-signature"].split(" ")) == 1


async def test_when_the_schedule_is_used_up_the_delivery_has_failed() -> None:
    log, sender = MemoryLog(), ScriptedSender(500, 500, 500, 500, 500)
    done = await deliverer(log, sender).deliver(delivery(), "https://x.example/", BODY)
    assert (done.status, done.attempts) == ("failed", 4)
    assert len(sender.sent) == 4


async def test_a_410_disables_the_endpoint_and_leaves_the_delivery_pending() -> None:
    log, sender, gone = MemoryLog(), ScriptedSender(410), list[int]()
    with pytest.raises(EndpointGone):
        await deliverer(log, sender, gone).deliver(delivery(), "https://x.example/", BODY)
    assert gone == [410]
    assert log.deliveries["g0-ev1"].status == "pending"


class RacedLog(MemoryLog):
    """Another dispatcher claims each attempt just before this one does."""

    async def claim_attempt(self, delivery: Delivery, number: int, at: datetime) -> bool:
        self.claims.add((delivery.delivery_id, number))
        return False


async def test_an_attempt_claimed_by_another_dispatcher_stops_this_one() -> None:
    log, sender = RacedLog(), ScriptedSender()
    log.deliveries["g0-ev1"] = replace(delivery(), attempts=1, claimed=1, next_attempt_at=NOW)
    log.claims.add(("g0-ev1", 1))
    with pytest.raises(Fenced):
        await deliverer(log, sender).deliver(delivery(), "https://x.example/", BODY)
    assert sender.sent == []


async def test_an_endpoint_changed_before_the_request_stops_without_sending() -> None:
    log, sender = MemoryLog(), ScriptedSender()

    async def paused() -> list[str]:
        raise EndpointChanged("paused")

    schedule = RetrySchedule((0.001,))
    stopped = Deliverer(log, sender, schedule, SystemClock(), paused, _never_gone)
    with pytest.raises(EndpointChanged):
        await stopped.deliver(delivery(), "https://x.example/", BODY)
    assert sender.sent == [] and log.writes == ["claim 1"]  # claimed, counted as cut off


async def test_a_finished_delivery_is_not_sent_again() -> None:
    log, sender = MemoryLog(), ScriptedSender()
    log.deliveries["g0-ev1"] = replace(delivery(), status="delivered", attempts=1, claimed=1)
    log.claims.add(("g0-ev1", 1))
    await deliverer(log, sender).deliver(delivery(), "https://x.example/", BODY)
    assert sender.sent == []


async def test_an_attempt_cut_off_is_logged_and_the_next_goes_at_once_with_the_same_id() -> None:
    log, sender = MemoryLog(), ScriptedSender(200)
    log.claims.add(("g0-ev1", 1))  # claimed, then the process died before the outcome
    done = await deliverer(log, sender).deliver(delivery(), "https://x.example/", BODY)
    assert [h["webhook-id"] for h in sender.sent] == ["ev1"]
    assert (done.status, done.attempts) == ("delivered", 2)
    assert [(a["number"], a["outcome"]) for a in done.attempt_log] == [
        (1, INTERRUPTED),
        (2, "delivered"),
    ]


def test_a_pending_delivery_without_a_lost_attempt_keeps_its_wait() -> None:
    waiting = replace(delivery(), attempts=2, claimed=2, next_attempt_at=NOW)
    later = datetime(2026, 6, 2, tzinfo=UTC)
    assert resumed(waiting, 2, later) == waiting
    cut = resumed(waiting, 3, later)
    assert (cut.attempts, cut.claimed, cut.next_attempt_at) == (3, 3, later)


async def test_at_most_in_flight_requests_of_one_endpoint_are_out_at_once() -> None:
    log, sender = MemoryLog(), ScriptedSender(pause_s=0.02)
    shared = deliverer(log, sender, in_flight=3)
    events = [delivery(f"ev{n}") for n in range(12)]
    await asyncio.gather(*(shared.deliver(d, "https://x.example/", BODY) for d in events))
    assert len(sender.sent) == 12 and sender.most_at_once == 3


async def _never_gone(d: Delivery, status: int) -> None:
    raise AssertionError("not expected")
