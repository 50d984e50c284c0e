"""Webhooks end to end: real services, Kafka, FerretDB and HTTP receivers on 127.0.0.1.

What a subscriber receives: every event of its scope and types, exactly as on Kafka, signed;
through a secret rotation; and again by hand.
"""

from __future__ import annotations

import json

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from services.subscriptions.domain.signature import verify
from tests.integration.webhook_fixtures import (
    assert_stream_order,
    forget_endpoints,
    of_campaign,
    receiver,
    system,
)
from tests.integration.webhook_system import WebhookSystem
from tests.support.harness import eventually
from tests.support.kafka_log import campaign_log, event_log, events_of, log_holding, wanted_log
from tests.support.receiver import Received, Receiver

__all__ = ["forget_endpoints", "receiver", "system"]  # fixtures, used by name

LOEI = ("province", "loei")


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
    await _pages_hold_the_whole_log(system, endpoint["endpoint_id"])


async def _pages_hold_the_whole_log(system: WebhookSystem, endpoint_id: str) -> None:
    """Following `Link: rel=next` from a page of five gives the whole log, newest first."""
    whole = [d["delivery_id"] for d in await system.deliveries(endpoint_id, limit=500)]
    paged, url = [], f"/v1/endpoints/{endpoint_id}/deliveries?limit=5"
    while url:
        r = await system.subscriptions.get(url, headers=system.admin)
        assert r.status_code == 200, r.text
        paged += [d["delivery_id"] for d in r.json()]
        link = r.headers.get("link", "")
        url = link[1 : link.index(">")] if link else ""
    assert len(whole) > 5 and paged == whole


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


async def test_a_rotation_is_in_force_for_every_attempt_that_starts_after_its_answer(
    system: WebhookSystem, receiver: Receiver
) -> None:
    answers = iter([503])
    receiver.respond = lambda r: next(answers, 200)
    receiver.holding()  # the first request waits at the receiver while the secret is rotated
    endpoint = await system.register(receiver.url, types=("needs.CampaignOpened",))
    first = endpoint["secret"]
    held = await system.needs_activity("loei-3", "1042060106", revisions=0)
    await eventually(lambda: _arrived(receiver), lambda n: n == 1)
    path = f"/v1/endpoints/{endpoint['endpoint_id']}"
    r = await system.post(f"{path}/secret/rotate", {"keep_previous_hours": 0})
    assert r.status_code == 200, r.text
    newer = r.json()["secret"]
    receiver.release()  # answered 503: the retry starts 0.2 s later, after the rotation
    sent, retried = await eventually(
        lambda: of_campaign_any(receiver, held), lambda got: len(got) == 2
    )
    Webhook(first).verify(sent.body, sent.headers)
    Webhook(newer).verify(retried.body, retried.headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(first).verify(retried.body, retried.headers)
    assert sent.webhook_id == retried.webhook_id
    r = await system.subscriptions.get(f"{path}/secret", headers=system.admin)
    assert r.json() == {"secret": newer, "previous": []}  # no expired key listed

    r = await system.post(f"{path}/secret/rotate", {"keep_previous_hours": 24})
    newest = r.json()["secret"]
    after = await system.needs_activity("loei-3", "1042060107", revisions=0)
    [both] = await eventually(lambda: of_campaign(receiver, after), lambda got: len(got) == 1)
    assert len(both.headers["webhook-signature"].split(" ")) == 2
    Webhook(newest).verify(both.body, both.headers)
    Webhook(newer).verify(both.body, both.headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(first).verify(both.body, both.headers)
    r = await system.subscriptions.get(f"{path}/secret", headers=system.admin)
    assert r.json()["secret"] == newest
    assert [p["secret"] for p in r.json()["previous"]] == [newer]


async def _arrived(receiver: Receiver) -> int:
    return len(receiver.arrived)


async def of_campaign_any(receiver: Receiver, campaign: str) -> list[Received]:
    """Every request (whatever it was answered) that carried an event of this campaign."""
    return [
        r
        for r in receiver.answered(None)
        if json.loads(r.body)["data"].get("campaign_id") == campaign
    ]


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
