"""Webhooks end to end: real services, Kafka, FerretDB and HTTP receivers on 127.0.0.1.

One deployment serves the whole module; every test registers its own endpoints with their own
receivers and follows its own needs campaign, so the tests do not see each other's deliveries.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator

import pytest

from services.subscriptions.domain.signature import verify
from tests.integration.webhook_system import (
    WebhookSystem,
    campaign_log,
    events_of,
    log_holding,
    wanted_log,
    webhook_system,
)
from tests.support import harness
from tests.support.harness import eventually
from tests.support.infra import Infra
from tests.support.kafka_log import event_log
from tests.support.receiver import Received, Receiver, receiving

LOEI = ("province", "loei")
NEEDS = ("needs.*",)


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[WebhookSystem]:
    async with webhook_system(harness.test_settings(infra.kafka, infra.mongo_url)) as s:
        yield s


@pytest.fixture(autouse=True)
async def forget_endpoints(system: WebhookSystem) -> AsyncIterator[None]:
    yield
    await system.delete_registered()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as r:
        yield r


async def of_campaign(receiver: Receiver, campaign: str) -> list[Received]:
    """The requests answered 200 that carried an event of this needs campaign."""
    return [
        r for r in receiver.answered() if json.loads(r.body)["data"].get("campaign_id") == campaign
    ]


def stream_versions(requests: list[Received]) -> dict[str, list[int]]:
    versions: dict[str, list[int]] = defaultdict(list)
    for request in requests:
        event = json.loads(request.body)
        versions[event["subject"]].append(event["streamversion"])
    return versions


def assert_stream_order(requests: list[Received]) -> None:
    """Every stream's requests came in stream-version order (a retry repeats, never overtakes)."""
    for stream, seen in stream_versions(requests).items():
        assert seen == sorted(seen), f"{stream} out of order: {seen}"


async def test_a_loei_subscriber_gets_every_loei_event_signed_and_exactly_as_on_kafka(
    system: WebhookSystem, receiver: Receiver
) -> None:
    endpoint = await system.register(receiver.url, scope=LOEI, start="beginning")
    loei = await system.needs_activity("loei-3", "1042060101", revisions=3)
    rayong = await system.needs_activity("rayong-2", "1021080101", revisions=2)
    log = await log_holding(
        system.settings,
        lambda log: {e.data.get("campaign_id") for e in events_of(log)} >= {loei, rayong},
    )
    expected = await wanted_log(system.settings, LOEI)
    wanted = {r.value for r in expected}
    await eventually(receiver.bodies, lambda got: wanted <= set(got), timeout_s=30)
    await system.cursor_passed(endpoint["endpoint_id"], log)

    requests = receiver.answered(None)
    assert {r.body for r in requests} == wanted  # every Loei event, byte for byte, and no other
    assert all(json.loads(r.body)["provinceid"] == "loei" for r in requests)
    assert {json.loads(r.body)["tenantid"] for r in requests} >= {"loei", "loei-3"}
    for request in requests:
        verify(endpoint["secret"], request.headers, request.body)
        assert request.webhook_id == json.loads(request.body)["id"]
        assert request.headers["content-type"] == "application/cloudevents+json"
    assert_stream_order(requests)
    revisions = [
        e.data["revision"]
        for e in events_of(expected)
        if e.type == "needs.SurveyResponseSubmitted" and e.data["campaign_id"] == loei
    ]
    assert revisions == [1, 2, 3]


async def test_an_esa_subscriber_gets_only_its_esa_and_the_types_it_chose(
    system: WebhookSystem, receiver: Receiver
) -> None:
    types = ("needs.SurveyResponseSubmitted",)
    endpoint = await system.register(receiver.url, scope=("esa", "loei-1"), types=types)
    mine = await system.needs_activity("loei-1", "1042000101", revisions=2)
    other = await system.needs_activity("loei-3", "1042060103", revisions=1)
    expected = await campaign_log(system.settings, mine, 3)
    await campaign_log(system.settings, other, 2)
    await eventually(receiver.bodies, lambda got: len(got) >= 2, timeout_s=30)
    await system.cursor_passed(endpoint["endpoint_id"], await event_log(system.settings))
    responses = [r.value for r in expected if r.event().type == types[0]]
    assert [r.body for r in receiver.answered(None)] == responses


async def test_an_outage_is_ridden_out_with_retries_redirects_are_not_followed_nothing_is_lost(
    system: WebhookSystem,
) -> None:
    answers = iter([302, 302, 503, 500, 503])
    with receiving(respond=lambda r: next(answers, 200)) as receiver:
        endpoint = await system.register(receiver.url, types=NEEDS)
        campaign = await system.needs_activity("loei-3", "1042060102", revisions=3)
        expected = await campaign_log(system.settings, campaign, 4)
        wanted = {r.value for r in expected}
        await eventually(receiver.bodies, lambda got: wanted <= set(got), timeout_s=30)
        requests = receiver.answered(None)
    assert not [r for r in requests if r.path.endswith("/moved")]  # the redirect was not followed
    assert [r.status for r in requests][:5] == [302, 302, 503, 500, 503]
    assert_stream_order(requests)
    ids = {e.id for e in events_of(expected)}
    delivered = await eventually(
        lambda: system.deliveries(endpoint["endpoint_id"], status="delivered"),
        lambda found: {d["event_id"] for d in found} >= ids,
    )
    retried = [d for d in delivered if d["attempts"] > 1]
    assert retried
    r = await system.subscriptions.get(
        f"/v1/endpoints/{endpoint['endpoint_id']}/deliveries/{retried[0]['delivery_id']}",
        headers=system.admin,
    )
    log = r.json()["attempt_log"]
    assert [a["outcome"] for a in log][-1] == "delivered"
    assert all(a["outcome"] == "failed" and a["status_code"] >= 300 for a in log[:-1])


async def test_a_410_disables_the_endpoint_until_resumed_and_nothing_is_skipped(
    system: WebhookSystem, receiver: Receiver
) -> None:
    with receiving(respond=lambda r: 410) as gone:
        endpoint = await system.register(gone.url, types=NEEDS)
        control = await system.register(receiver.url, types=NEEDS)
        first = await system.needs_activity("loei-2", "1042020101", revisions=1)
        disabled = await system.endpoint_where(
            endpoint["endpoint_id"], lambda e: e.get("status") == "disabled"
        )
        assert disabled["disabled"]["reason"] == "gone"
        assert disabled["disabled"]["status_code"] == 410
        second = await system.needs_activity("loei-2", "1042020102", revisions=1)
        later = await campaign_log(system.settings, second, 2)
        await system.cursor_passed(control["endpoint_id"], later)
        tried = await gone.count(None)
        assert tried <= 2  # one answer per lane that was sending; nothing after the 410
        assert {json.loads(r.body)["data"]["campaign_id"] for r in gone.answered(None)} == {first}

        gone.respond = lambda r: 200
        r = await system.post(f"/v1/endpoints/{endpoint['endpoint_id']}/resume")
        assert r.status_code == 200, r.text
        wanted = {r.value for r in await campaign_log(system.settings, first, 2)}
        wanted |= {r.value for r in later}
        await eventually(gone.bodies, lambda got: wanted <= set(got), timeout_s=30)
    refused = await eventually(
        lambda: system.deliveries(endpoint["endpoint_id"]),
        lambda found: found and all(d["status"] == "delivered" for d in found),
    )
    assert [d for d in refused if d["attempts"] == 2]  # answered 410, then 200 after resuming


async def test_a_hanging_endpoint_times_out_without_delaying_another_and_loses_nothing(
    system: WebhookSystem, receiver: Receiver
) -> None:
    with receiving() as hanging:
        hanging.holding()
        slow = await system.register(hanging.url, types=NEEDS)
        fast = await system.register(receiver.url, types=NEEDS)
        campaign = await system.needs_activity("loei-3", "1042060104", revisions=3)
        wanted = {r.value for r in await campaign_log(system.settings, campaign, 4)}
        await eventually(receiver.bodies, lambda got: wanted <= set(got), timeout_s=30)
        assert await hanging.count(200) == 0  # the fast one had everything; the slow one none

        async def timed_out() -> list[str]:
            return [d["last_error"] for d in await system.deliveries(slow["endpoint_id"])]

        await eventually(timed_out, lambda errors: any("timeout" in e for e in errors), 30)
        hanging.release()

        async def delivered() -> set[str]:
            found = await system.deliveries(slow["endpoint_id"], status="delivered")
            return {d["event_id"] for d in found}

        wanted_ids = {json.loads(body)["id"] for body in wanted}
        await eventually(delivered, lambda ids: wanted_ids <= ids, timeout_s=30)
    assert fast["endpoint_id"] != slow["endpoint_id"]


async def test_a_paused_endpoint_receives_nothing_until_resumed(
    system: WebhookSystem, receiver: Receiver
) -> None:
    with receiving() as paused:
        endpoint = await system.register(paused.url, types=NEEDS)
        control = await system.register(receiver.url, types=NEEDS)
        r = await system.post(f"/v1/endpoints/{endpoint['endpoint_id']}/pause")
        assert r.status_code == 200, r.text
        await system.endpoint_where(endpoint["endpoint_id"], lambda e: e["status"] == "paused")
        campaign = await system.needs_activity("loei-3", "1042060105", revisions=2)
        log = await campaign_log(system.settings, campaign, 3)
        await system.cursor_passed(control["endpoint_id"], log)
        assert await paused.count(None) == 0
        r = await system.post(f"/v1/endpoints/{endpoint['endpoint_id']}/resume")
        assert r.status_code == 200, r.text
        await eventually(paused.bodies, lambda got: {x.value for x in log} <= set(got), 30)


async def test_after_a_rotation_deliveries_carry_both_signatures_until_the_old_one_expires(
    system: WebhookSystem, receiver: Receiver
) -> None:
    endpoint = await system.register(receiver.url, types=("needs.CampaignOpened",))
    path = f"/v1/endpoints/{endpoint['endpoint_id']}/secret/rotate"
    r = await system.post(path, {"keep_previous_hours": 24})
    assert r.status_code == 200, r.text
    newer = r.json()["secret"]
    await system.worker_sees(endpoint["endpoint_id"], version=2)
    during = await system.needs_activity("loei-3", "1042060106", revisions=0)
    [request] = await eventually(lambda: of_campaign(receiver, during), lambda got: len(got) == 1)
    assert len(request.headers["webhook-signature"].split(" ")) == 2
    verify(newer, request.headers, request.body)
    verify(endpoint["secret"], request.headers, request.body)

    r = await system.post(path, {"keep_previous_hours": 0})
    newest = r.json()["secret"]
    await system.worker_sees(endpoint["endpoint_id"], version=3)
    r = await system.subscriptions.get(
        f"/v1/endpoints/{endpoint['endpoint_id']}/secret", headers=system.admin
    )
    assert r.json()["secret"] == newest and r.json()["previous"][0]["secret"] == newer
    after = await system.needs_activity("loei-3", "1042060107", revisions=0)
    [last] = await eventually(lambda: of_campaign(receiver, after), lambda got: len(got) == 1)
    assert len(last.headers["webhook-signature"].split(" ")) == 1
    verify(newest, last.headers, last.body)


async def test_a_delivery_can_be_sent_again_by_hand_with_the_same_webhook_id(
    system: WebhookSystem, receiver: Receiver
) -> None:
    endpoint = await system.register(receiver.url, types=("needs.CampaignOpened",))
    campaign = await system.needs_activity("loei-3", "1042060108", revisions=0)
    [sent] = await eventually(lambda: of_campaign(receiver, campaign), lambda got: len(got) == 1)
    [first] = await system.deliveries(endpoint["endpoint_id"], event_id=sent.webhook_id)
    path = f"/v1/endpoints/{endpoint['endpoint_id']}/deliveries/{first['delivery_id']}/redeliver"
    r = await system.post(path)
    assert r.status_code == 202, r.text
    assert r.json()["delivery_id"].startswith("x1-")
    original, again = await eventually(
        lambda: of_campaign(receiver, campaign), lambda got: len(got) == 2
    )
    assert original.webhook_id == again.webhook_id == first["event_id"]
    assert original.body == again.body
    redone = await eventually(
        lambda: system.deliveries(endpoint["endpoint_id"], trigger="redelivery"),
        lambda found: [d["status"] for d in found] == ["delivered"],
    )
    assert redone[0]["event_id"] == first["event_id"] and redone[0]["attempts"] == 1
