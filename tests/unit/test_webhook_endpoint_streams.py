"""An endpoint read from its own stream: every command answered before counts at once.

The endpoints read model lags its stream; the API and every attempt read the stream instead.
An endpoint's document folded from its stream is the document the view will hold, and shows
only the secrets signing now (in memory: the event store, the runner and a secret store).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kit.clock import FixedClock
from kit.commands import CommandMeta, CommandRunner
from kit.eventstore.memory import InMemoryEventStore
from kit.readmodel.projector import fold
from services.subscriptions.adapters.views import EndpointsView
from services.subscriptions.api.answers import endpoint_of
from services.subscriptions.application import handlers
from services.subscriptions.application.endpoints import EndpointStreams
from services.subscriptions.domain import model
from services.subscriptions.domain.commands import RegisterEndpoint
from services.subscriptions.domain.events import registry
from services.subscriptions.domain.scope import scope_of
from services.subscriptions.domain.signature import new_secret

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
LOEI = scope_of("province", "loei")
ADMIN = CommandMeta(actor_id="admin-1", actor_role="admin", name="test")


class Secrets:
    def __init__(self) -> None:
        self.kept: dict[str, str] = {}

    async def put(self, secret_id: str, endpoint_id: str, secret: str) -> None:
        self.kept[secret_id] = secret

    async def get(self, secret_ids: list[str]) -> dict[str, str]:
        return {s: self.kept[s] for s in secret_ids if s in self.kept}

    async def forget(self, endpoint_id: str) -> None:
        return None


def command() -> RegisterEndpoint:
    return RegisterEndpoint.model_validate(
        {
            "url": "https://sandbox.loei.example/hooks",
            "event_types": ["needs.*"],
            "scope": {"level": "province", "id": "loei"},
        }
    )


async def registered() -> tuple[CommandRunner, InMemoryEventStore, str]:
    store, clock = InMemoryEventStore(), FixedClock(NOW)
    runner = CommandRunner(store, registry, "subscriptions", clock)
    outcome = await handlers.register(runner, Secrets(), ADMIN, LOEI, command(), new_secret())
    return runner, store, outcome.answer["endpoint_id"]


async def test_an_endpoint_is_found_at_once_and_every_change_shows_at_once() -> None:
    runner, _, endpoint_id = await registered()
    streams = EndpointStreams(runner)
    found = await streams.find(endpoint_id)
    assert found is not None and found.endpoint.status == model.ACTIVE and found.version == 1
    assert found.scope == LOEI
    await handlers.change(runner, ADMIN, LOEI, endpoint_id, model.pause)
    paused = await streams.find(endpoint_id)
    assert paused is not None and (paused.endpoint.status, paused.version) == ("paused", 2)
    await handlers.change(runner, ADMIN, LOEI, endpoint_id, model.delete)
    assert await streams.find(endpoint_id) is None
    assert await streams.find("01a20000-0000-7000-8000-000000000000") is None


async def test_another_replicas_command_is_seen_by_the_next_read() -> None:
    runner, store, endpoint_id = await registered()
    elsewhere = CommandRunner(store, registry, "subscriptions", FixedClock(NOW))
    streams = EndpointStreams(runner)
    assert (await streams.current(LOEI, endpoint_id)).status == model.ACTIVE  # type: ignore[union-attr]
    await handlers.change(elsewhere, ADMIN, LOEI, endpoint_id, model.pause)
    assert (await streams.current(LOEI, endpoint_id)).status == model.PAUSED  # type: ignore[union-attr]


async def test_the_document_from_the_stream_shows_only_the_secrets_signing_now() -> None:
    runner, store, endpoint_id = await registered()
    secrets = Secrets()
    rotate = handlers.rotate_secret
    await rotate(runner, secrets, ADMIN, LOEI, endpoint_id, new_secret(), timedelta(hours=24))
    await rotate(runner, secrets, ADMIN, LOEI, endpoint_id, new_secret(), timedelta(0))
    stream = await store.load("loei", model.endpoint_stream(endpoint_id))
    doc = fold(EndpointsView(), stream.events).docs[f"endpoint:{endpoint_id}"]
    shown = endpoint_of(doc, NOW + timedelta(seconds=1))
    state = model.endpoint_from([registry.payload(e) for e in stream.events])
    assert state is not None
    assert [s.id for s in shown.secrets] == state.signing_secret_ids(NOW + timedelta(seconds=1))
    assert len(shown.secrets) == 1 and shown.secrets[0].valid_until is None
    assert doc["version"] == 3 and shown.status == "active"
