"""The relay with an in-memory store and broker: order, outages, marking only what was acked."""

from __future__ import annotations

from kit.eventstore.memory import InMemoryEventStore
from kit.lease import AlwaysHeld
from kit.messaging.memory import InMemoryBroker
from kit.relay import Relay
from tests.support.events import events


async def test_pending_commits_are_published_in_stream_order_then_marked() -> None:
    store, broker = InMemoryEventStore(), InMemoryBroker()
    await store.append("loei-3", "a", 0, events("a", 1, 2))
    await store.append("loei-3", "b", 0, events("b", 1, 1))
    await store.append("loei-3", "a", 2, events("a", 3, 1))
    relay = Relay(store, broker, AlwaysHeld())
    assert await relay.publish_pending() == 3
    published = [d.event() for d in broker.deliveries("nithet.needs.events")]
    assert [e.streamversion for e in published if e.subject == "a"] == [1, 2, 3]
    assert await store.pending(10) == []
    assert await relay.publish_pending() == 0


async def test_when_kafka_is_down_nothing_is_marked_and_nothing_is_lost() -> None:
    store, broker = InMemoryEventStore(), InMemoryBroker()
    await store.append("loei-3", "a", 0, events("a", 1, 1))
    broker.fail_next = 1
    relay = Relay(store, broker, AlwaysHeld())
    try:
        await relay.publish_pending()
    except ConnectionError:
        pass
    assert len(await store.pending(10)) == 1
    assert await relay.publish_pending() == 1
    assert len(broker.deliveries("nithet.needs.events")) == 1


async def test_the_topic_prefix_separates_deployments() -> None:
    store, broker = InMemoryEventStore(), InMemoryBroker()
    await store.append("loei-3", "a", 0, events("a", 1, 1))
    await Relay(store, broker, AlwaysHeld(), topic_prefix="staging").publish_pending()
    assert len(broker.deliveries("staging.needs.events")) == 1
