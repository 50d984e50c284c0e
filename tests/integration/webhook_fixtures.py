"""Fixtures and checks shared by the webhook test modules (imported by them, so pytest sees them).

One deployment serves a whole module; every test registers its own endpoints with their own
receivers and follows its own needs campaign, and its endpoints are deleted after it, so tests
do not see each other's deliveries.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator

import pytest

from tests.integration.webhook_system import WebhookSystem, webhook_system
from tests.support import harness
from tests.support.infra import Infra
from tests.support.receiver import Received, Receiver, receiving


@pytest.fixture(scope="module")
async def system(infra: Infra) -> AsyncIterator[WebhookSystem]:
    async with webhook_system(harness.deployment_settings(infra.kafka, infra.mongo_url)) as s:
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


def assert_stream_order(requests: list[Received]) -> None:
    """Every stream's requests came in stream-version order (a retry repeats, never overtakes)."""
    versions: dict[str, list[int]] = defaultdict(list)
    for request in requests:
        event = json.loads(request.body)
        versions[event["subject"]].append(event["streamversion"])
    for stream, seen in versions.items():
        assert seen == sorted(seen), f"{stream} out of order: {seen}"
