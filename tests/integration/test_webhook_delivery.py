"""Webhooks end to end: real services, Kafka, FerretDB and an HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator

import pytest

from kit.settings import Settings
from services.subscriptions.domain.signature import verify
from tests.integration.webhook_system import (
    WebhookSystem,
    events_of,
    log_holding,
    wanted_log,
    webhook_system,
)
from tests.support.harness import eventually
from tests.support.receiver import Received, Receiver, receiving

LOEI = ("province", "loei")


@pytest.fixture
async def system(settings: Settings) -> AsyncIterator[WebhookSystem]:
    async with webhook_system(settings) as s:
        yield s


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as r:
        yield r


def assert_stream_order(requests: list[Received]) -> None:
    """Every stream's events arrived in stream-version order (repeats of one id aside)."""
    versions: dict[str, list[int]] = defaultdict(list)
    for request in requests:
        event = json.loads(request.body)
        versions[event["subject"]].append(event["streamversion"])
    for stream, seen in versions.items():
        assert seen == sorted(seen), f"{stream} out of order: {seen}"


async def test_a_loei_subscriber_gets_every_loei_event_signed_and_exactly_as_on_kafka(
    system: WebhookSystem, receiver: Receiver
) -> None:
    endpoint = await system.register(receiver.url, scope=LOEI, start="beginning")
    await system.needs_activity("loei-3", "1042060101", revisions=3)
    await system.needs_activity("rayong-2", "1021080101", revisions=2)
    log = await log_holding(
        system.settings,
        lambda log: sum(e.type == "needs.SurveyResponseSubmitted" for e in events_of(log)) == 5,
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
    responses = [e for e in events_of(expected) if e.type == "needs.SurveyResponseSubmitted"]
    assert [e.data["revision"] for e in responses] == [1, 2, 3]
