"""The parts every endpoint worker is built from: Kafka reader, HTTP sender, deliverer, secrets."""

from __future__ import annotations

from collections.abc import Callable

from kit.commands import CommandRunner
from kit.messaging.topics import SERVICES_WITH_EVENTS
from kit.runtime import Runtime
from kit.settings import Settings
from services.subscriptions.adapters.delivery_log import MongoDeliveryLog
from services.subscriptions.adapters.endpoint_docs import EndpointDocs
from services.subscriptions.adapters.http_sender import HttpSender
from services.subscriptions.adapters.kafka_reader import KafkaEventReader, KafkaRecordFetcher
from services.subscriptions.adapters.secrets import MongoSecretStore
from services.subscriptions.application import handlers
from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.delivery import Deliverer
from services.subscriptions.application.ports import Delivery, EventReader, Sender
from services.subscriptions.application.redelivery import Redeliveries
from services.subscriptions.application.worker import WorkerParts
from services.subscriptions.domain.schedule import RetrySchedule
from services.subscriptions.domain.targets import TargetPolicy
from services.subscriptions.settings import WebhookSettings

Config = Callable[[], EndpointConfig]


def worker_parts(
    settings: Settings,
    webhooks: WebhookSettings,
    runtime: Runtime,
    commands: CommandRunner,
    docs: EndpointDocs,
    log: MongoDeliveryLog,
    secrets: MongoSecretStore,
) -> WorkerParts:
    clock = runtime.clock
    schedule = RetrySchedule(webhooks.retry_schedule_s, webhooks.retry_jitter)
    policy = TargetPolicy(webhooks.allow_http, webhooks.allow_loopback, webhooks.allow_private)
    topics = [settings.topic(s) for s in SERVICES_WITH_EVENTS]
    client = f"{settings.topic_prefix}.webhooks"
    fetcher = KafkaRecordFetcher(settings.kafka_bootstrap, f"{client}.redelivery")

    def open_reader(endpoint_id: str) -> EventReader:
        return KafkaEventReader(settings.kafka_bootstrap, topics, f"{client}.{endpoint_id}")

    def open_sender() -> Sender:
        return HttpSender(policy, webhooks.timeout_s, webhooks.response_excerpt_bytes)

    def deliverer(sender: Sender, config: Config) -> Deliverer:
        async def signing_secrets() -> list[str]:
            ids = config().secret_ids(clock.now())
            found = await secrets.get(ids)
            return [found[i] for i in ids if i in found]

        async def on_gone(delivery: Delivery, status: int) -> None:
            c = config()
            await handlers.disable(commands, c.scope, c.endpoint_id, status, delivery.event_id)

        return Deliverer(log, sender, schedule, clock, signing_secrets, on_gone)

    def redeliveries(config: Config, deliverer: Deliverer) -> Redeliveries:
        return Redeliveries(config, deliverer, log, docs, fetcher, clock, webhooks.tick_s)

    return WorkerParts(
        log=log,
        clock=clock,
        buffer=webhooks.lane_buffer,
        open_reader=open_reader,
        open_sender=open_sender,
        deliverer=deliverer,
        redeliveries=redeliveries,
    )
