"""What every command service runs beside its HTTP routes: store, relay, consumers, checks.

`command_runtime` is an async context manager used in a service's lifespan. Real adapters are
the defaults (MongoDB-API event store, Kafka publisher, lease in the store); tests pass
in-memory ones instead of patching anything.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from kit.checkpoints import MongoCheckpoints
from kit.clock import Clock, SystemClock
from kit.eventstore.protocol import EventStore
from kit.http.app import Check
from kit.ids import new_id
from kit.lease import Lease
from kit.messaging.consumer import ConsumerRunner, Handler
from kit.messaging.log_reader import KafkaLog
from kit.messaging.publisher import KafkaPublisher, Publisher
from kit.messaging.topics import SERVICES_WITH_EVENTS, deadletter_topic, ensure_topics, events_topic
from kit.mongo import AsyncDatabase, AsyncMongoClient, connect
from kit.relay import PublishedLog, Relay
from kit.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Subscription:
    """A consumer a service runs: its group, the topics it reads and its handler."""

    group: str
    topics: list[str]
    handle: Handler


@dataclass
class Runtime:
    service: str
    settings: Settings
    clock: Clock
    store: EventStore
    publisher: Publisher
    db: AsyncDatabase[dict[str, Any]]
    relay: Relay | None = None
    consumers: list[ConsumerRunner] = field(default_factory=list)
    checks: dict[str, Check] = field(default_factory=dict)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    topics_ready: asyncio.Task[None] | None = None
    metrics: dict[str, Any] = field(default_factory=dict)

    def notify_commit(self) -> None:
        if self.relay:
            self.relay.notify()


def replica_id(service: str) -> str:
    return f"{service}@{socket.gethostname()}:{os.getpid()}:{new_id()[-8:]}"


async def _ensure_topics_until_done(settings: Settings, topics: list[str]) -> None:
    delay = 0.5
    while True:
        try:
            await asyncio.to_thread(
                ensure_topics,
                settings.kafka_bootstrap,
                topics,
                settings.kafka_partitions,
                settings.kafka_replication_factor,
            )
            return
        except Exception as exc:  # Kafka not up yet: the service still accepts commands
            log.warning("creating topics failed, retrying: %s", exc)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10)


def all_topics(settings: Settings, subscriptions: list[Subscription]) -> list[str]:
    topics = {events_topic(s, settings.topic_prefix) for s in SERVICES_WITH_EVENTS}
    for sub in subscriptions:
        topics.update(sub.topics)
        topics.add(deadletter_topic(sub.group))
    return sorted(topics)


@contextlib.asynccontextmanager
async def command_runtime(
    service: str,
    settings: Settings,
    *,
    store_factory: Callable[[AsyncDatabase[dict[str, Any]], Clock], Awaitable[EventStore]]
    | None = None,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
    subscriptions: list[Subscription] | None = None,
    run_relay: bool = True,
) -> AsyncIterator[Runtime]:
    """Wire and start a service's runtime; stop everything cleanly on exit."""
    clock = clock or SystemClock()
    client = connect(settings.mongo_url, service)
    db = client[settings.database(service)]
    if store is None and store_factory is not None:
        store = await store_factory(db, clock)
    if store is None:  # a query-only service (reporting): no event store, no relay
        store = NoEventStore(db)
        run_relay = False
    publisher = publisher or KafkaPublisher(settings.kafka_bootstrap, f"nithet-{service}")
    runtime = Runtime(service, settings, clock, store, publisher, db)
    _start_kafka_parts(runtime, subscriptions or [])
    if run_relay:
        _start_relay(runtime)
    try:
        yield runtime
    finally:
        await stop_runtime(runtime, client)


def _start_kafka_parts(runtime: Runtime, subscriptions: list[Subscription]) -> None:
    """The checks, the topics (created until they are) and the service's own consumers."""
    settings = runtime.settings
    runtime.checks["store"] = _store_check(runtime.store)
    if getattr(runtime.publisher, "uses_kafka", False):
        runtime.checks["kafka"] = kafka_check(settings.kafka_bootstrap)
        runtime.topics_ready = asyncio.create_task(
            _ensure_topics_until_done(settings, all_topics(settings, subscriptions))
        )
        runtime.tasks.append(runtime.topics_ready)
    for sub in subscriptions:
        runner = ConsumerRunner(
            bootstrap=settings.kafka_bootstrap,
            group=sub.group,
            topics=sub.topics,
            handle=sub.handle,
            deadletters=runtime.publisher,
        )
        runtime.consumers.append(runner)
        runtime.tasks.append(asyncio.create_task(_after_topics(runtime, runner)))


def _start_relay(runtime: Runtime) -> None:
    settings, publisher = runtime.settings, runtime.publisher
    kafka = bool(getattr(publisher, "uses_kafka", False))
    lease = Lease(
        runtime.db, "relay", replica_id(runtime.service), ttl_s=settings.relay_lease_seconds
    )
    runtime.relay = Relay(
        runtime.store,
        publisher,
        lease,
        log=KafkaLog(settings.kafka_bootstrap) if kafka else _log_of(publisher),
        checkpoints=MongoCheckpoints(runtime.db),
        batch=settings.relay_batch,
        idle_s=settings.relay_idle_seconds,
        topic_prefix=settings.topic_prefix,
    )
    runtime.tasks.append(asyncio.create_task(runtime.relay.run()))


def _log_of(publisher: Publisher) -> PublishedLog | None:
    """An in-memory broker answers for its own log (tests); anything else: no reconciling."""
    return publisher if hasattr(publisher, "event_ids_after") else None  # type: ignore[return-value]


class NoEventStore:
    """The store of a service without commands: only its database's health is known."""

    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._db = db

    async def ping(self) -> None:
        await self._db.client.admin.command("ping")

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"this service has no event store ({name})")


async def _after_topics(runtime: Runtime, runner: ConsumerRunner) -> None:
    if runtime.topics_ready is not None:
        await asyncio.shield(runtime.topics_ready)
    await runner.run()


async def stop_runtime(runtime: Runtime, client: AsyncMongoClient[dict[str, Any]]) -> None:
    if runtime.relay:
        runtime.relay.stop()
    for runner in runtime.consumers:
        runner.stop()
    _done, pending = (
        await asyncio.wait(runtime.tasks, timeout=10) if runtime.tasks else (set(), set())
    )
    for task in pending:
        task.cancel()
    close_store = getattr(runtime.store, "close", None)
    if close_store is not None:  # gathered writes still waiting are answered, not dropped
        await close_store()
    await runtime.publisher.close()
    await client.close()


def _store_check(store: EventStore) -> Check:
    async def check() -> dict[str, Any] | None:
        await store.ping()
        return None

    return check


def kafka_check(bootstrap: str) -> Check:
    """The first bootstrap broker accepts a connection."""
    host, _, port = bootstrap.split(",")[0].rpartition(":")

    async def check() -> dict[str, Any] | None:
        async with asyncio.timeout(2):
            _, writer = await asyncio.open_connection(host, int(port))
        writer.close()
        await writer.wait_closed()
        return None

    return check
