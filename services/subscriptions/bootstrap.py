"""Wiring subscriptions: event store and relay, its views, the delivery log and the dispatcher."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from kit.clock import Clock
from kit.commands import CommandRunner
from kit.eventstore.protocol import EventStore
from kit.lease import Lease
from kit.messaging.publisher import Publisher
from kit.messaging.topics import SERVICES_WITH_EVENTS, ensure_topics
from kit.readmodel.hub import ReadModelHub
from kit.runtime import Runtime
from kit.service import CommandService, command_service
from kit.settings import Settings
from services.subscriptions.adapters.cursors import MongoCursors
from services.subscriptions.adapters.delivery_log import MongoDeliveryLog
from services.subscriptions.adapters.endpoint_docs import EndpointDocs
from services.subscriptions.adapters.sealing import Sealer, sealing_key
from services.subscriptions.adapters.secrets import MongoSecretStore
from services.subscriptions.adapters.views import ENDPOINTS, EndpointsView, OrganisationView
from services.subscriptions.application.dispatcher import Dispatcher
from services.subscriptions.application.endpoints import EndpointStreams
from services.subscriptions.application.worker import EndpointWorker, WorkerParts
from services.subscriptions.domain.events import registry
from services.subscriptions.domain.targets import TargetPolicy
from services.subscriptions.settings import WebhookSettings, refuse_local_in_production
from services.subscriptions.wiring import Wiring, worker_parts

log = logging.getLogger(__name__)

# PyMongo logs every command and reply at DEBUG, documents included: with the root logger at
# DEBUG the signing secrets (their insert, their reads) would be written to the log.
SECRET_BEARING_LOGGERS = ("pymongo.command",)

# The event loop makes many short system calls (store round trips, HTTP requests) while the
# Kafka clients' threads decode records; with Python's default 5 ms switch interval the loop
# waits up to 5 ms for the GIL after each of them. Measured with `python -m bench webhooks
# --quick`: 287 and 391 deliveries/s at 5 ms, 503 at 0.5 ms.
GIL_SWITCH_S = 0.0005


@dataclass
class Subscriptions:
    runtime: Runtime
    commands: CommandRunner
    endpoints: EndpointStreams  # one endpoint, from its own stream
    docs: EndpointDocs  # the endpoints read model (lists), and one endpoint's document
    log: MongoDeliveryLog
    cursors: MongoCursors
    secrets: MongoSecretStore
    webhooks: WebhookSettings
    policy: TargetPolicy
    dispatcher: Dispatcher
    read_models: ReadModelHub

    @property
    def event_topics(self) -> list[str]:
        return [self.runtime.settings.topic(s) for s in SERVICES_WITH_EVENTS]


async def _own_topic(settings: Settings) -> None:
    delay = 0.5
    while True:
        try:
            topic = settings.topic("subscriptions")
            part = settings.kafka_partitions
            return await asyncio.to_thread(ensure_topics, settings.kafka_bootstrap, [topic], part)
        except Exception as exc:  # Kafka not up yet: commands are still accepted
            log.warning("creating the subscriptions topic failed, retrying: %s", exc)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10)


def _keep_secrets_out_of_logs() -> None:
    for name in SECRET_BEARING_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < logging.INFO:  # unset, or DEBUG
            logger.setLevel(logging.INFO)


@contextlib.asynccontextmanager
async def start(
    settings: Settings,
    webhooks: WebhookSettings | None = None,
    *,
    store: EventStore | None = None,
    publisher: Publisher | None = None,
    clock: Clock | None = None,
) -> AsyncIterator[Subscriptions]:
    webhooks = webhooks or WebhookSettings()
    refuse_local_in_production(settings, webhooks)
    sealer = Sealer(sealing_key(settings, webhooks.secrets_key))  # refuses to start without one
    _keep_secrets_out_of_logs()
    async with command_service(
        "subscriptions",
        settings,
        registry,
        [EndpointsView(), OrganisationView()],
        store=store,
        publisher=publisher,
        clock=clock,
    ) as service:
        wired = await _wire(settings, webhooks, sealer, service)
        switch = sys.getswitchinterval()
        sys.setswitchinterval(GIL_SWITCH_S)
        try:
            yield wired
        finally:
            sys.setswitchinterval(switch)
            wired.dispatcher.stop()


async def _wire(
    settings: Settings, webhooks: WebhookSettings, sealer: Sealer, service: CommandService
) -> Subscriptions:
    runtime, commands = service.runtime, service.commands
    runtime.tasks.append(asyncio.create_task(_own_topic(settings)))
    delivery_log, cursors = MongoDeliveryLog(runtime.db), MongoCursors(runtime.db)
    secrets = MongoSecretStore(runtime.db, sealer)
    for adapter in (delivery_log, cursors, secrets):
        await adapter.ensure_indexes()
    docs = EndpointDocs(service.views, runtime.store)
    wiring = Wiring(settings, webhooks, runtime, commands, (delivery_log, secrets))
    parts = worker_parts(wiring, cursors)
    dispatcher = _dispatcher(service.replica, runtime, docs, parts, webhooks.lease_ttl_s)
    await Lease(runtime.db, "endpoints", service.replica).ensure_indexes()
    service.read_models.listen(ENDPOINTS, dispatcher.wake)  # woken when endpoints change
    _run_dispatcher(runtime, dispatcher)
    return Subscriptions(
        runtime,
        commands,
        wiring.streams,
        docs,
        delivery_log,
        cursors,
        secrets,
        webhooks,
        wiring.policy,
        dispatcher,
        service.read_models,
    )


def _dispatcher(
    replica: str, runtime: Runtime, docs: EndpointDocs, parts: WorkerParts, ttl_s: float
) -> Dispatcher:
    def lease_for(endpoint_id: str) -> Lease:
        name = f"endpoint:{endpoint_id}"
        return Lease(runtime.db, name, replica, ttl_s=ttl_s, clock=runtime.clock)

    return Dispatcher(docs, lambda config: EndpointWorker(config, parts), lease_for, ttl_s)


def _run_dispatcher(runtime: Runtime, dispatcher: Dispatcher) -> None:
    runtime.tasks.append(asyncio.create_task(dispatcher.run(), name="webhook-dispatcher"))
    runtime.checks["dispatcher"] = _dispatcher_check(dispatcher)
    runtime.metrics["nithet_webhook_endpoints_held"] = lambda: [
        ({"service": "subscriptions"}, float(len(dispatcher.status()["endpoints_held"])))
    ]


def _dispatcher_check(dispatcher: Dispatcher) -> Any:
    async def check() -> dict[str, Any]:
        return {"dispatcher": dispatcher.status()}

    return check
