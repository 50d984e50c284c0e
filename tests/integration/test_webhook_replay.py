"""Replays: a late subscriber gets the whole history; a cursor starts over from a time or position."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime

from tests.integration.webhook_fixtures import forget_endpoints, receiver, system
from tests.integration.webhook_system import WebhookSystem
from tests.support.harness import eventually
from tests.support.kafka_log import campaign_log, event_log, events_of, wanted_log
from tests.support.receiver import Receiver

__all__ = ["forget_endpoints", "receiver", "system"]  # fixtures, used by name

LOEI = ("province", "loei")
NEEDS = ("needs.*",)


def ids(receiver: Receiver) -> Counter[str]:
    return Counter(r.webhook_id for r in receiver.answered())


async def replay(system: WebhookSystem, endpoint_id: str, body: dict[str, object]) -> int:
    r = await system.post(f"/v1/endpoints/{endpoint_id}/replay", body)
    assert r.status_code == 202, r.text
    return int(r.json()["generation"])


async def test_a_late_subscriber_replays_the_whole_history_of_its_scope(
    system: WebhookSystem, receiver: Receiver
) -> None:
    await system.needs_activity("loei-3", "1042060109", revisions=2)
    await system.needs_activity("rayong-1", "1021060101", revisions=1)
    history = await wanted_log(system.settings, LOEI)
    assert {e.type.split(".")[0] for e in events_of(history)} == {"directory", "needs"}

    late = await system.register(receiver.url, scope=LOEI, start="beginning")
    await eventually(receiver.bodies, lambda got: len(got) >= len(history), timeout_s=60)
    await system.cursor_passed(late["endpoint_id"], await event_log(system.settings))
    assert set(await receiver.bodies()) == {
        r.value for r in await wanted_log(system.settings, LOEI)
    }


async def test_a_replay_from_the_beginning_sends_everything_again_with_the_same_ids(
    system: WebhookSystem, receiver: Receiver
) -> None:
    endpoint = await system.register(receiver.url, types=NEEDS)
    campaign = await system.needs_activity("loei-3", "1042060110", revisions=2)
    first = {r.event().id for r in await campaign_log(system.settings, campaign, 3)}
    await eventually(lambda: _ids(receiver), lambda got: first <= set(got))

    assert await replay(system, endpoint["endpoint_id"], {"start": "beginning"}) == 1
    everything = {e.id for e in events_of(await wanted_log(system.settings, LOEI, NEEDS))}
    await eventually(
        lambda: _ids(receiver),
        lambda got: everything <= set(got) and all(got[i] >= 2 for i in first),
        timeout_s=60,
    )
    await system.cursor_passed(endpoint["endpoint_id"], await event_log(system.settings))
    assert all(ids(receiver)[i] == 2 for i in first)  # the same webhook-id, sent once more
    replayed = await system.deliveries(endpoint["endpoint_id"], trigger="replay")
    assert {d["delivery_id"].split("-")[0] for d in replayed} == {"g1"}


async def test_a_replay_from_a_time_sends_only_what_was_published_from_then_on(
    system: WebhookSystem, receiver: Receiver
) -> None:
    endpoint = await system.register(receiver.url, types=NEEDS)
    before = await system.needs_activity("loei-3", "1042060111", revisions=1)
    before_log = await campaign_log(system.settings, before, 2)
    since = datetime.fromtimestamp((max(r.timestamp_ms for r in before_log) + 1) / 1000, UTC)
    after = await system.needs_activity("loei-3", "1042060112", revisions=1)
    after_ids = {r.event().id for r in await campaign_log(system.settings, after, 2)}
    await eventually(lambda: _ids(receiver), lambda got: after_ids <= set(got))

    body = {"start": "time", "at": since.isoformat()}
    assert await replay(system, endpoint["endpoint_id"], body) == 1
    await eventually(lambda: _ids(receiver), lambda got: all(got[i] == 2 for i in after_ids), 30)
    await system.cursor_passed(endpoint["endpoint_id"], await event_log(system.settings))
    assert all(ids(receiver)[r.event().id] == 1 for r in before_log)


async def test_a_replay_from_a_position_restarts_that_partition_there_and_no_other(
    system: WebhookSystem, receiver: Receiver
) -> None:
    endpoint = await system.register(receiver.url, types=NEEDS)
    campaign = await system.needs_activity("loei-3", "1042060113", revisions=3)
    log = await campaign_log(system.settings, campaign, 4)
    await eventually(lambda: _ids(receiver), lambda got: {r.event().id for r in log} <= set(got))
    second = next(r for r in log if r.event().data.get("revision") == 2)
    position = {"topic": second.topic, "partition": second.partition, "offset": second.offset}

    body = {"start": "position", "positions": [position]}
    assert await replay(system, endpoint["endpoint_id"], body) == 1
    again = {r.event().id for r in log if r.event().data.get("revision") in (2, 3)}
    await eventually(lambda: _ids(receiver), lambda got: all(got[i] == 2 for i in again), 30)
    await system.cursor_passed(endpoint["endpoint_id"], await event_log(system.settings))
    counts = ids(receiver)
    assert [counts[r.event().id] for r in log if r.event().id not in again] == [1, 1]
    resent = [json.loads(r.body)["data"].get("revision") for r in receiver.answered()]
    assert resent[-2:] == [2, 3]  # in stream order again


async def _ids(receiver: Receiver) -> Counter[str]:
    return ids(receiver)
