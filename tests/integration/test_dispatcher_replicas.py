"""Two replicas of the subscriptions service: each endpoint is served by one of them at a time.

The endpoint leases share the endpoints out; while both replicas run, every event arrives once
(there is no takeover, so no duplicate). When one replica stops, the other takes its endpoints
over from their saved cursors and nothing is lost.
"""

from __future__ import annotations

import contextlib
from collections import Counter

import httpx

from kit.settings import Settings
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.subscriptions.main import create_app as subscriptions_app
from tests.integration.webhook_system import WebhookSystem, fast_webhooks, settled
from tests.support.harness import eventually, serve
from tests.support.kafka_log import campaign_log, create_topics
from tests.support.receiver import Receiver, receiving
from tests.support.threads import enlarge_default_executor

WEBHOOKS = fast_webhooks(lease_ttl_s=30.0)  # no takeover from a slow tick on a busy machine


async def held(replica: httpx.AsyncClient) -> set[str]:
    r = await replica.get("/readyz")
    return set(r.json()["checks"]["dispatcher"]["dispatcher"]["endpoints_held"])


async def test_each_endpoint_is_served_by_one_replica_and_a_stopped_one_is_taken_over(
    settings: Settings,
) -> None:
    enlarge_default_executor()
    await create_topics(settings)
    async with contextlib.AsyncExitStack() as stack:
        directory = await stack.enter_async_context(serve(directory_app(settings)))
        needs = await stack.enter_async_context(serve(needs_app(settings)))
        first_stack = await stack.enter_async_context(contextlib.AsyncExitStack())
        first = await first_stack.enter_async_context(serve(subscriptions_app(settings, WEBHOOKS)))
        second = await stack.enter_async_context(serve(subscriptions_app(settings, WEBHOOKS)))
        system = WebhookSystem(settings, directory, needs, first)
        await settled(system)
        receivers: list[Receiver] = [stack.enter_context(receiving(delay_s=0.01)) for _ in range(4)]
        endpoints = [
            (await system.register(r.url, types=("needs.*",)))["endpoint_id"] for r in receivers
        ]

        async def holders() -> tuple[set[str], set[str]]:
            return await held(first), await held(second)

        one, two = await eventually(holders, lambda h: h[0] | h[1] == set(endpoints), 30)
        assert not one & two

        before = await system.needs_activity("loei-3", "1042060101", revisions=3)
        wanted = {r.value for r in await campaign_log(settings, before, 4)}
        for receiver in receivers:
            await eventually(receiver.bodies, lambda got: wanted <= set(got), timeout_s=30)
            assert set(Counter(r.webhook_id for r in receiver.answered(None)).values()) == {1}

        await first_stack.aclose()  # the first replica stops and lets its leases go
        await eventually(lambda: held(second), lambda h: h == set(endpoints), timeout_s=30)
        after = await system.needs_activity("loei-3", "1042060102", revisions=1)
        wanted |= {r.value for r in await campaign_log(settings, after, 2)}
        for receiver in receivers:
            await eventually(receiver.bodies, lambda got: wanted <= set(got), timeout_s=30)
