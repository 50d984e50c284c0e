"""The delivery log on FerretDB: what a dispatcher that took an endpoint over finds there."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kit.mongo import connect
from services.subscriptions.adapters.delivery_log import MongoDeliveryLog
from services.subscriptions.application.ports import Answer, Delivery
from tests.support.infra import Infra

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
TOPIC = "nithet.needs.events"


@pytest.fixture
async def log(infra: Infra) -> AsyncIterator[MongoDeliveryLog]:
    client = connect(infra.mongo_url, "delivery-log-test")
    found = MongoDeliveryLog(client[f"deliveries_{uuid.uuid4().hex[:8]}"])
    await found.ensure_indexes()
    yield found
    await client.close()


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


async def test_a_partitions_first_position_in_a_generation_is_decided_once(
    log: MongoDeliveryLog,
) -> None:
    tp = (TOPIC, 2)
    decided = await asyncio.gather(*(log.start_cursor("e1", 0, tp, n) for n in (10, 20, 30)))
    assert len(set(decided)) == 1
    await log.save_cursor("e1", 0, tp, 55)
    assert await log.start_cursor("e1", 0, tp, 0) == 55
    assert await log.start_cursor("e1", 1, tp, 3) == 3
    assert await log.cursors("e1") == {0: {tp: 55}, 1: {tp: 3}}


async def test_an_attempt_is_claimed_by_one_dispatcher_only(log: MongoDeliveryLog) -> None:
    d = await log.open(delivery(), NOW)
    claims = await asyncio.gather(*(log.claim_attempt(d, 1, NOW) for _ in range(4)))
    assert sorted(claims) == [False, False, False, True]


async def test_a_delivery_cut_off_mid_attempt_is_sent_again_at_once_as_the_next_attempt(
    log: MongoDeliveryLog,
) -> None:
    d = await log.open(delivery(), NOW)
    assert await log.claim_attempt(d, 1, NOW)
    await log.record_attempt(d, 1, Answer(503, "busy"), "failed", NOW)
    d.attempts, d.next_attempt_at, d.last_status = 1, NOW + timedelta(seconds=5), 503
    await log.update(d)
    assert await log.claim_attempt(d, 2, NOW + timedelta(seconds=5))  # then the process died

    later = NOW + timedelta(minutes=1)
    resumed = await log.open(delivery(), later)
    assert (resumed.status, resumed.attempts, resumed.next_attempt_at) == ("pending", 2, later)
    assert not await log.claim_attempt(resumed, 2, later)
    assert await log.claim_attempt(resumed, 3, later)


async def test_a_delivery_answered_before_the_process_died_is_not_sent_again(
    log: MongoDeliveryLog,
) -> None:
    d = await log.open(delivery(), NOW)
    assert await log.claim_attempt(d, 1, NOW)
    await log.record_attempt(d, 1, Answer(200, "ok"), "delivered", NOW)  # died before update

    resumed = await log.open(delivery(), NOW + timedelta(seconds=3))
    assert (resumed.status, resumed.attempts) == ("delivered", 1)
    assert (await log.get("e1", d.delivery_id) or {})["status"] == "delivered"


async def test_a_waiting_retry_keeps_its_time_and_a_finished_delivery_stays_finished(
    log: MongoDeliveryLog,
) -> None:
    d = await log.open(delivery(event="ev2"), NOW)
    assert await log.claim_attempt(d, 1, NOW)
    await log.record_attempt(d, 1, Answer(None, error="timeout after 15s"), "failed", NOW)
    d.attempts, d.next_attempt_at = 1, NOW + timedelta(minutes=5)
    await log.update(d)
    resumed = await log.open(delivery(event="ev2"), NOW + timedelta(minutes=1))
    assert resumed.next_attempt_at == NOW + timedelta(minutes=5) and resumed.attempts == 1

    resumed.status = "failed"
    await log.update(resumed)
    assert (await log.open(delivery(event="ev2"), NOW)).status == "failed"
    attempts = await log.attempts("e1", d.delivery_id)
    assert [(a["number"], a["outcome"], a["error"]) for a in attempts] == [
        (1, "failed", "timeout after 15s")
    ]


async def test_a_replay_supersedes_pending_deliveries_of_earlier_generations_only(
    log: MongoDeliveryLog,
) -> None:
    old = await log.open(delivery(event="ev3"), NOW)
    done = await log.open(delivery(event="ev4"), NOW)
    done.status = "delivered"
    await log.update(done)
    current = await log.open(replace(delivery(event="ev5"), delivery_id="g1-ev5"), NOW)
    by_hand = await log.open(replace(delivery(event="ev6"), delivery_id="x1-ev6"), NOW)

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
        await log.open(delivery(event=f"ev{n:02d}"), at)
    everything = [d["delivery_id"] for d in await log.find("e1", {}, 500)]
    assert everything == [f"g0-ev{n:02d}" for n in (6, 5, 4, 3, 2, 1, 0)]

    pages, before = [], None
    while True:
        page = await log.find("e1", {}, 3, before)
        pages.append([d["delivery_id"] for d in page])
        if len(page) < 3:
            break
        before = (page[-1]["created_at"], page[-1]["delivery_id"])
    assert pages == [everything[:3], everything[3:6], everything[6:]]
