"""Wiring subscriptions: event store and relay, its views, the delivery log and the dispatcher."""

from __future__ import annotations

import asyncio
import contextlib
import logging
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
from kit.service import command_service
from kit.settings import Settings
from services.subscriptions.adapters.delivery_log import MongoDeliveryLog
from services.subscriptions.adapters.endpoint_docs import EndpointDocs
from services.subscriptions.adapters.sealing import Sealer, sealing_key
from services.subscriptions.adapters.secrets import MongoSecretStore
from services.subscriptions.adapters.views import EndpointsView, OrganisationView
from services.subscriptions.application.dispatcher import Dispatcher
from services.subscriptions.application.worker import EndpointWorker
from services.subscriptions.domain.events import registry
from services.subscriptions.domain.targets import TargetPolicy
from services.subscriptions.settings import WebhookSettings
from services.subscriptions.wiring import worker_parts

log = logging.getLogger(__name__)

# PyMongo logs every command and reply at DEBUG, documents included: with the root logger at
# DEBUG the signing secrets (their insert, their reads) would be written to the log.
SECRET_BEARING_LOGGERS = ("pymongo.command",)


@dataclass
class Subscriptions:
    runtime: Runtime
    commands: CommandRunner
    docs: EndpointDocs
    log: MongoDeliveryLog
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
        runtime, commands, replica = service.runtime, service.commands, service.replica
        runtime.tasks.append(asyncio.create_task(_own_topic(settings)))
        delivery_log, secrets = MongoDeliveryLog(runtime.db), MongoSecretStore(runtime.db, sealer)
        await delivery_log.ensure_indexes()
        await secrets.ensure_indexes()
        docs = EndpointDocs(service.views)
        policy = TargetPolicy(webhooks.allow_http, webhooks.allow_loopback, webhooks.allow_private)
        parts = worker_parts(settings, webhooks, runtime, commands, docs, delivery_log, secrets)

        def lease_for(endpoint_id: str) -> Lease:
            name = f"endpoint:{endpoint_id}"
            return Lease(runtime.db, name, replica, ttl_s=webhooks.lease_ttl_s, clock=runtime.clock)

        await Lease(runtime.db, "endpoints", replica).ensure_indexes()
        dispatcher = Dispatcher(
            docs,
            lambda config: EndpointWorker(config, parts),
            lease_for,
            webhooks.tick_s,
            webhooks.lease_ttl_s,
        )
        runtime.tasks.append(asyncio.create_task(dispatcher.run()))
        runtime.checks["dispatcher"] = _dispatcher_check(dispatcher)
        runtime.metrics["nithet_webhook_endpoints_held"] = lambda: [
            ({"service": "subscriptions"}, float(len(dispatcher.status()["endpoints_held"])))
        ]
        wired = Subscriptions(
            runtime,
            commands,
            docs,
            delivery_log,
            secrets,
            webhooks,
            policy,
            dispatcher,
            service.read_models,
        )
        try:
            yield wired
        finally:
            dispatcher.stop()


def _dispatcher_check(dispatcher: Dispatcher) -> Any:
    async def check() -> dict[str, Any]:
        return {"dispatcher": dispatcher.status()}

    return check
