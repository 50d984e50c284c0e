"""Webhooks when receivers misbehave: outages, redirects, 410 Gone, hanging, pauses.

Real services, Kafka, FerretDB and HTTP receivers on 127.0.0.1, with a retry schedule of
fractions of a second.
"""

from __future__ import annotations

import json

from tests.integration.webhook_fixtures import (
    assert_stream_order,
    forget_endpoints,
    receiver,
    system,
)
from tests.integration.webhook_system import WebhookSystem
from tests.support.harness import eventually
from tests.support.kafka_log import campaign_log, events_of
from tests.support.receiver import Receiver, receiving

__all__ = ["forget_endpoints", "receiver", "system"]  # fixtures, used by name

NEEDS = ("needs.*",)


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
        # The deliveries in hand when the first 410 came got their 410 (several streams go at
        # once); none was sent again after it, and nothing of the second activity was sent.
        sent = [json.loads(r.body) for r in gone.arrived]
        assert sent  # the 410 itself answered a delivery of the first activity
        ids = [e["id"] for e in sent]
        assert len(set(ids)) == len(ids), ids
        assert all(e["data"].get("campaign_id") != second for e in sent)

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
        await system.worker_stopped(endpoint["endpoint_id"])
        campaign = await system.needs_activity("loei-3", "1042060105", revisions=2)
        log = await campaign_log(system.settings, campaign, 3)
        await system.cursor_passed(control["endpoint_id"], log)
        assert await paused.count(None) == 0
        r = await system.post(f"/v1/endpoints/{endpoint['endpoint_id']}/resume")
        assert r.status_code == 200, r.text
        await eventually(paused.bodies, lambda got: {x.value for x in log} <= set(got), 30)
