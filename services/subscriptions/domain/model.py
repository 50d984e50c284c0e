"""A webhook endpoint's rules, as pure functions over its stream's history.

States: active -> paused (by its managers) -> active again; active -> disabled (the receiver
answered 410) -> active again when resumed; any -> deleted, after which the endpoint is gone.
Pausing or disabling holds deliveries where they are: nothing is skipped, resuming continues
from the endpoint's cursor. Repeating a command that changes nothing writes nothing.

Signing secrets: the current one signs until it is replaced; a rotation lets the replaced one
sign beside the new one until `previous_valid_until` (now, for no overlap), and cuts any older
secret's overlap to that moment at the latest. A secret signs while `now` is before its end.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from kit.errors import NotFound, RuleViolation
from kit.events import DomainEvent
from services.subscriptions.domain import events as ev

ACTIVE, PAUSED, DISABLED, DELETED = "active", "paused", "disabled", "deleted"

SecretTerm = tuple[str, datetime | None]  # a secret's id, and when it stops signing (None: never)


def endpoint_stream(endpoint_id: str) -> str:
    return f"endpoint-{endpoint_id}"


@dataclass(frozen=True)
class Endpoint:
    registered: ev.EndpointRegistered
    status: str = ACTIVE
    secret_id: str = ""
    secrets: tuple[SecretTerm, ...] = ()  # the current one first
    generation: int = 0  # how many replays were requested
    requests: tuple[ev.RedeliveryRequested, ...] = ()  # redeliveries asked for, in order

    @property
    def redeliveries(self) -> int:
        return len(self.requests)

    def secrets_in_force(self, now: datetime) -> list[SecretTerm]:
        """The secrets that sign a delivery made at `now`: the current one first."""
        return [(sid, until) for sid, until in self.secrets if until is None or until > now]

    def signing_secret_ids(self, now: datetime) -> list[str]:
        return [sid for sid, _ in self.secrets_in_force(now)]

    def scope_fields(self) -> dict[str, str]:
        r = self.registered
        return {
            "endpoint_id": r.endpoint_id,
            "scope_level": r.scope_level,
            "scope_id": r.scope_id,
            "province": r.province,
        }


def _rotated(state: Endpoint, e: ev.EndpointSecretRotated) -> Endpoint:
    ends = e.previous_valid_until
    kept = tuple((sid, ends if until is None else min(until, ends)) for sid, until in state.secrets)
    return replace(state, secret_id=e.secret_id, secrets=((e.secret_id, None), *kept))


def endpoint_from(history: list[DomainEvent]) -> Endpoint | None:
    state: Endpoint | None = None
    for e in history:
        if isinstance(e, ev.EndpointRegistered):
            state = Endpoint(e, secret_id=e.secret_id, secrets=((e.secret_id, None),))
        elif state is None:
            continue
        elif isinstance(e, ev.EndpointPaused):
            state = replace(state, status=PAUSED)
        elif isinstance(e, ev.EndpointResumed):
            state = replace(state, status=ACTIVE)
        elif isinstance(e, ev.EndpointDisabled):
            state = replace(state, status=DISABLED)
        elif isinstance(e, ev.EndpointDeleted):
            state = replace(state, status=DELETED)
        elif isinstance(e, ev.EndpointSecretRotated):
            state = _rotated(state, e)
        elif isinstance(e, ev.EndpointReplayRequested):
            state = replace(state, generation=e.generation)
        elif isinstance(e, ev.RedeliveryRequested):
            state = replace(state, requests=(*state.requests, e))
    return state


def existing(history: list[DomainEvent]) -> Endpoint:
    state = endpoint_from(history)
    if state is None or state.status == DELETED:
        raise NotFound("ไม่พบปลายทางเว็บฮุกนี้", "No such webhook endpoint.")
    return state


def register(history: list[DomainEvent], registered: ev.EndpointRegistered) -> list[DomainEvent]:
    if history:
        raise RuleViolation(
            "ลงทะเบียนปลายทางนี้แล้ว", "This endpoint is already registered.", code="endpoint_exists"
        )
    return [registered]


def pause(history: list[DomainEvent]) -> list[DomainEvent]:
    state = existing(history)
    if state.status == PAUSED:
        return []
    return [ev.EndpointPaused(**state.scope_fields())]


def resume(history: list[DomainEvent]) -> list[DomainEvent]:
    state = existing(history)
    if state.status == ACTIVE:
        return []
    return [ev.EndpointResumed(**state.scope_fields())]


def disable(history: list[DomainEvent], status_code: int, event_id: str) -> list[DomainEvent]:
    """The dispatcher's decision after a 410; only an active endpoint is disabled."""
    state = endpoint_from(history)
    if state is None or state.status != ACTIVE:
        return []
    return [
        ev.EndpointDisabled(
            **state.scope_fields(), reason="gone", status_code=status_code, event_id=event_id
        )
    ]


def delete(history: list[DomainEvent]) -> list[DomainEvent]:
    state = existing(history)
    return [ev.EndpointDeleted(**state.scope_fields())]


def rotate_secret(
    history: list[DomainEvent], secret_id: str, now: datetime, keep_previous: timedelta
) -> list[DomainEvent]:
    state = existing(history)
    return [
        ev.EndpointSecretRotated(
            **state.scope_fields(),
            secret_id=secret_id,
            previous_secret_id=state.secret_id,
            previous_valid_until=now + keep_previous,
        )
    ]


def request_replay(
    history: list[DomainEvent],
    start_from: str,
    start_at: datetime | None,
    positions: list[ev.Position],
) -> list[DomainEvent]:
    state = existing(history)
    return [
        ev.EndpointReplayRequested(
            **state.scope_fields(),
            generation=state.generation + 1,
            start_from=start_from,
            start_at=start_at,
            positions=positions,
        )
    ]


def request_redelivery(history: list[DomainEvent], delivery: dict[str, Any]) -> list[DomainEvent]:
    """`delivery` is the logged delivery to repeat (its event's id, type, stream and position)."""
    state = existing(history)
    facts = ("delivery_id", "event_id", "event_type", "subject", "tenant", "event_time")
    return [
        ev.RedeliveryRequested(
            **state.scope_fields(),
            request=state.redeliveries + 1,
            **{k: delivery[k] for k in facts},
            event_province=delivery["province"],
            topic=delivery["topic"],
            partition=int(delivery["partition"]),
            offset=int(delivery["offset"]),
        )
    ]
