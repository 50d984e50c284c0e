"""The delivery log on FerretDB: claims, outcomes, and what a dispatcher taking over finds there."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kit.mongo import connect, round_trips
from services.subscriptions.adapters.cursors import MongoCursors
from services.subscriptions.adapters.delivery_log import MongoDeliveryLog
from services.subscriptions.application.ports import Delivery
from tests.support.infra import Infra

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
TOPIC = "nithet.needs.events"


@pytest.fixture
async def stores(infra: Infra) -> AsyncIterator[tuple[MongoDeliveryLog, MongoCursors]]:
    client = connect(infra.mongo_url, "delivery-log-test")
    db = client[f"deliveries_{uuid.uuid4().hex[:8]}"]
    log, cursors = MongoDeliveryLog(db), MongoCursors(db)
    await log.ensure_indexes()
    await cursors.ensure_indexes()
    yield log, cursors
    await client.drop_database(db.name)
    await client.close()


@pytest.fixture
def log(stores: tuple[MongoDeliveryLog, MongoCursors]) -> MongoDeliveryLog:
    return stores[0]


def delivery(endpoint: str = "e1", event: str = "ev1") -> Delivery:
    return Delivery(
        endpoint_id=endpoint,
        delivery_id=f"g0-{event}",
        trigger="live",
        event_id=event,
        event_type="needs.SurveyResponseSubmitted",
        subject="response-c1-1042060101",
        tenant="loei-3",
        province="loei",
        event_time=NOW.isoformat(),
        topic=TOPIC,
        partition=2,
        offset=41,
    )


def answered(d: Delivery, number: int, outcome: str, **changes: object) -> Delivery:
    entry = {"number": number, "outcome": outcome, "started_at": NOW, "finished_at": NOW}
    entry |= {"status_code": 200 if outcome == "delivered" else 503, "response": "", "error": ""}
    return replace(d, attempts=number, attempt_log=[*d.attempt_log, entry], **changes)  # type: ignore[arg-type]


async def test_a_partitions_first_position_in_a_generation_is_decided_once(
    stores: tuple[MongoDeliveryLog, MongoCursors],
) -> None:
    cursors, tp = stores[1], (TOPIC, 2)
    decided = await asyncio.gather(*(cursors.start_cursor("e1", 0, tp, n) for n in (10, 20, 30)))
    assert len(set(decided)) == 1
    await cursors.save_cursor("e1", 0, tp, 55)
    assert await cursors.start_cursor("e1", 0, tp, 0) == 55
    assert await cursors.start_cursor("e1", 1, tp, 3) == 3
    assert await cursors.cursors("e1") == {0: {tp: 55}, 1: {tp: 3}}


async def test_the_first_attempt_is_claimed_by_one_dispatcher_only(log: MongoDeliveryLog) -> None:
    opened = await asyncio.gather(*(log.open(delivery(), NOW) for _ in range(4)))
    assert sorted(o.claimed_first for o in opened) == [False, False, False, True]
    claims = await asyncio.gather(*(log.claim_attempt(delivery(), 2, NOW) for _ in range(4)))
    assert sorted(claims) == [False, False, False, True]


async def test_a_delivery_answered_at_once_costs_two_inserts_and_no_update(
    log: MongoDeliveryLog,
) -> None:
    before = dict(round_trips.counts)
    opened = await log.open(delivery(event="ev9"), NOW)
    done = await log.record(answered(opened.delivery, 1, "delivered", status="delivered"))
    spent = {k: v - before.get(k, 0) for k, v in round_trips.counts.items() if v != before.get(k)}
    assert spent == {("insert", "attempts"): 1, ("insert", "deliveries"): 1}
    assert done.logged
    stored = await log.get("e1", "g0-ev9") or {}
    assert (stored["status"], stored["attempts"]) == ("delivered", 1)
    assert [a["outcome"] for a in await log.attempts(stored)] == ["delivered"]


async def test_a_delivery_cut_off_mid_attempt_is_sent_again_at_once_as_the_next_attempt(
    log: MongoDeliveryLog,
) -> None:
    first = (await log.open(delivery(), NOW)).delivery
    waiting = answered(first, 1, "failed", next_attempt_at=NOW + timedelta(seconds=5))
    waiting = await log.record(waiting)
    assert await log.claim_attempt(waiting, 2, NOW + timedelta(seconds=5))  # then it died

    later = NOW + timedelta(minutes=1)
    resumed = (await log.open(delivery(), later)).delivery
    assert (resumed.status, resumed.attempts, resumed.next_attempt_at) == ("pending", 2, later)
    assert [a["outcome"] for a in resumed.attempt_log] == ["failed", "interrupted"]
    assert not await log.claim_attempt(resumed, 2, later)
    assert await log.claim_attempt(resumed, 3, later)


async def test_a_first_attempt_cut_off_before_its_outcome_is_sent_again_with_the_same_id(
    log: MongoDeliveryLog,
) -> None:
    assert (await log.open(delivery(event="ev5"), NOW)).claimed_first  # then it died
    again = await log.open(delivery(event="ev5"), NOW + timedelta(seconds=3))
    assert not again.claimed_first
    d = again.delivery
    assert (d.status, d.attempts, d.claimed, d.event_id) == ("pending", 1, 1, "ev5")
    assert await log.get("e1", "g0-ev5") is None  # in the log from its first outcome on


async def test_a_delivery_answered_before_the_process_died_is_not_sent_again(
    log: MongoDeliveryLog,
) -> None:
    first = (await log.open(delivery(), NOW)).delivery
    await log.record(answered(first, 1, "delivered", status="delivered"))
    again = await log.open(delivery(), NOW + timedelta(seconds=3))
    assert not again.claimed_first
    assert (again.delivery.status, again.delivery.attempts) == ("delivered", 1)


async def test_a_waiting_retry_keeps_its_time_and_a_finished_delivery_stays_finished(
    log: MongoDeliveryLog,
) -> None:
    first = (await log.open(delivery(event="ev2"), NOW)).delivery
    retry_at = NOW + timedelta(minutes=5)
    await log.record(answered(first, 1, "failed", next_attempt_at=retry_at))
    resumed = (await log.open(delivery(event="ev2"), NOW + timedelta(minutes=1))).delivery
    assert resumed.next_attempt_at == retry_at and resumed.attempts == 1

    await log.record(replace(resumed, status="failed"))
    assert (await log.open(delivery(event="ev2"), NOW)).delivery.status == "failed"


async def test_a_redelivery_is_in_the_log_before_its_first_attempt(log: MongoDeliveryLog) -> None:
    asked = replace(delivery(event="ev7"), delivery_id="x1-ev7", trigger="redelivery")
    await log.request(asked, NOW)
    await log.request(asked, NOW)  # asked again (a worker restarted): still one
    [pending] = await log.pending_redeliveries("e1")
    assert pending.delivery_id == "x1-ev7" and pending.logged
    opened = await log.open(pending, NOW)
    assert opened.claimed_first
    done = await log.record(answered(opened.delivery, 1, "delivered", status="delivered"))
    assert (await log.get("e1", "x1-ev7") or {})["status"] == done.status == "delivered"
    assert await log.pending_redeliveries("e1") == []


async def test_a_replay_supersedes_pending_deliveries_of_earlier_generations_only(
    log: MongoDeliveryLog,
) -> None:
    async def logged(d: Delivery, status: str = "pending") -> Delivery:
        opened = (await log.open(d, NOW)).delivery
        return await log.record(answered(opened, 1, "failed", status=status))

    old = await logged(delivery(event="ev3"))
    done = await logged(delivery(event="ev4"), "delivered")
    current = await logged(replace(delivery(event="ev5"), delivery_id="g1-ev5"))
    by_hand = await logged(replace(delivery(event="ev6"), delivery_id="x1-ev6"))

    await log.supersede("e1", 1)
    statuses = {
        d.delivery_id: (await log.get("e1", d.delivery_id) or {})["status"]
        for d in (old, done, current, by_hand)
    }
    assert statuses == {
        "g0-ev3": "superseded",
        "g0-ev4": "delivered",
        "g1-ev5": "pending",
        "x1-ev6": "pending",
    }


async def test_pages_of_the_log_hold_every_delivery_once_newest_first(
    log: MongoDeliveryLog,
) -> None:
    # seven deliveries, three of them created in the same millisecond (the id breaks the tie)
    times = [NOW, NOW, NOW, NOW + timedelta(seconds=1), NOW + timedelta(seconds=2)]
    times += [NOW + timedelta(seconds=3), NOW + timedelta(milliseconds=3001)]
    for n, at in enumerate(times):
        opened = (await log.open(delivery(event=f"ev{n:02d}"), at)).delivery
        await log.record(answered(opened, 1, "delivered", status="delivered"))
    everything = [d["delivery_id"] for d in await log.find("e1", {}, 500)]
    assert everything == [f"g0-ev{n:02d}" for n in (6, 5, 4, 3, 2, 1, 0)]
    assert all("attempt_log" not in d for d in await log.find("e1", {}, 500))

    pages, before = [], None
    while True:
        page = await log.find("e1", {}, 3, before)
        pages.append([d["delivery_id"] for d in page])
        if len(page) < 3:
            break
        before = (page[-1]["created_at"], page[-1]["delivery_id"])
    assert pages == [everything[:3], everything[3:6], everything[6:]]
