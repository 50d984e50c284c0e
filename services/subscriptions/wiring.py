"""The parts every endpoint worker is built from: Kafka reader, HTTP sender, deliverer, secrets."""

from __future__ import annotations

from collections.abc import Callable

from kit.commands import CommandRunner
from kit.messaging.topics import SERVICES_WITH_EVENTS
from kit.runtime import Runtime
from kit.settings import Settings
from services.subscriptions.adapters.cursors import MongoCursors
from services.subscriptions.adapters.delivery_log import MongoDeliveryLog
from services.subscriptions.adapters.http_sender import HttpSender
from services.subscriptions.adapters.kafka_reader import KafkaEventReader, KafkaRecordFetcher
from services.subscriptions.adapters.secrets import MongoSecretStore
from services.subscriptions.application import handlers
from services.subscriptions.application.config import EndpointConfig
from services.subscriptions.application.delivery import Deliverer, EndpointChanged
from services.subscriptions.application.endpoints import EndpointStreams
from services.subscriptions.application.ports import Delivery, EventReader, Sender
from services.subscriptions.application.redelivery import Redeliveries
from services.subscriptions.application.worker import WorkerParts
from services.subscriptions.domain.events import RedeliveryRequested
from services.subscriptions.domain.model import ACTIVE
from services.subscriptions.domain.schedule import RetrySchedule
from services.subscriptions.domain.targets import TargetPolicy
from services.subscriptions.settings import WebhookSettings

Config = Callable[[], EndpointConfig]


class Wiring:
    """What the workers share: the store's adapters, the endpoints' streams, the settings."""

    def __init__(
        self,
        settings: Settings,
        webhooks: WebhookSettings,
        runtime: Runtime,
        commands: CommandRunner,
        stores: tuple[MongoDeliveryLog, MongoSecretStore],
    ) -> None:
        self.webhooks, self.commands, self.clock = webhooks, commands, runtime.clock
        self.log, self.secrets = stores
        self.streams = EndpointStreams(commands)
        self.schedule = RetrySchedule(webhooks.retry_schedule_s, webhooks.retry_jitter)
        self.policy = TargetPolicy(
            webhooks.allow_http, webhooks.allow_loopback, webhooks.allow_private
        )
        self.topics = [settings.topic(s) for s in SERVICES_WITH_EVENTS]
        self.bootstrap, self.client = settings.kafka_bootstrap, f"{settings.topic_prefix}.webhooks"
        self.fetcher = KafkaRecordFetcher(self.bootstrap, f"{self.client}.redelivery")

    def open_reader(self, endpoint_id: str) -> EventReader:
        return KafkaEventReader(self.bootstrap, self.topics, f"{self.client}.{endpoint_id}")

    def open_sender(self) -> Sender:
        w = self.webhooks
        return HttpSender(self.policy, w.timeout_s, w.response_excerpt_bytes, w.in_flight)

    async def signing_secrets(self, c: EndpointConfig) -> list[str]:
        """Read at the start of every attempt: the endpoint as its stream holds it now."""
        endpoint = await self.streams.current(c.scope, c.endpoint_id)
        if endpoint is None or endpoint.status != ACTIVE:
            status = endpoint.status if endpoint else "unknown"
            raise EndpointChanged(f"endpoint {c.endpoint_id} is {status}")
        if endpoint.generation != c.generation:
            raise EndpointChanged(f"endpoint {c.endpoint_id} replays in a new generation")
        ids = endpoint.signing_secret_ids(self.clock.now())
        found = await self.secrets.get(ids)
        return [found[i] for i in ids if i in found]

    def deliverer(self, sender: Sender, config: Config) -> Deliverer:
        async def signing() -> list[str]:
            return await self.signing_secrets(config())

        async def on_gone(delivery: Delivery, status: int) -> None:
            c = config()
            await handlers.disable(self.commands, c.scope, c.endpoint_id, status, delivery.event_id)

        w = self.webhooks
        return Deliverer(self.log, sender, self.schedule, self.clock, signing, on_gone, w.in_flight)

    def redeliveries(self, config: Config, deliverer: Deliverer) -> Redeliveries:
        async def requests() -> list[RedeliveryRequested]:
            c = config()
            endpoint = await self.streams.current(c.scope, c.endpoint_id)
            return list(endpoint.requests) if endpoint else []

        def url() -> str:
            return config().url

        endpoint_id = config().endpoint_id
        return Redeliveries(
            endpoint_id, url, deliverer, self.log, requests, self.fetcher, self.clock
        )


def worker_parts(wiring: Wiring, cursors: MongoCursors) -> WorkerParts:
    return WorkerParts(
        log=wiring.log,
        cursors=cursors,
        clock=wiring.clock,
        buffer=wiring.webhooks.lane_buffer,
        in_flight=wiring.webhooks.in_flight,
        open_reader=wiring.open_reader,
        open_sender=wiring.open_sender,
        deliverer=wiring.deliverer,
        redeliveries=wiring.redeliveries,
    )
