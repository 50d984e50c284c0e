"""An endpoint's life: given its events, a command decides the next ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kit.errors import NotFound, RuleViolation
from services.subscriptions.domain import events as ev
from services.subscriptions.domain import model

SCOPE = {"endpoint_id": "e1", "scope_level": "province", "scope_id": "loei", "province": "loei"}
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
REGISTERED = ev.EndpointRegistered(
    **SCOPE,
    url="https://sandbox.loei.example/hooks",
    event_types=["needs.*"],
    secret_id="s1",
    start_from="time",
    start_at=NOW,
)


def test_an_endpoint_is_registered_once() -> None:
    assert model.register([], REGISTERED) == [REGISTERED]
    with pytest.raises(RuleViolation):
        model.register([REGISTERED], REGISTERED)


def test_pausing_twice_writes_one_event_and_resuming_an_active_endpoint_writes_none() -> None:
    paused = model.pause([REGISTERED])
    assert paused == [ev.EndpointPaused(**SCOPE)]
    assert model.pause([REGISTERED, *paused]) == []
    assert model.resume([REGISTERED]) == []
    assert model.resume([REGISTERED, *paused]) == [ev.EndpointResumed(**SCOPE)]


def test_a_410_disables_only_an_active_endpoint_and_resuming_enables_it_again() -> None:
    disabled = model.disable([REGISTERED], 410, "event-9")
    assert disabled == [
        ev.EndpointDisabled(**SCOPE, reason="gone", status_code=410, event_id="event-9")
    ]
    history = [REGISTERED, *disabled]
    assert model.disable(history, 410, "event-10") == []
    assert model.disable([REGISTERED, ev.EndpointPaused(**SCOPE)], 410, "event-9") == []
    assert model.endpoint_from(history).status == model.DISABLED  # type: ignore[union-attr]
    assert model.resume(history) == [ev.EndpointResumed(**SCOPE)]


def test_a_deleted_endpoint_is_not_found_for_any_command() -> None:
    history = [REGISTERED, *model.delete([REGISTERED])]
    for command in (model.pause, model.resume, model.delete):
        with pytest.raises(NotFound):
            command(history)
    with pytest.raises(NotFound):
        model.rotate_secret(history, "s2", NOW, timedelta(hours=24))
    assert model.disable(history, 410, "event-9") == []


def test_rotating_the_secret_keeps_the_previous_one_for_the_overlap() -> None:
    [rotated] = model.rotate_secret([REGISTERED], "s2", NOW, timedelta(hours=24))
    assert rotated == ev.EndpointSecretRotated(
        **SCOPE,
        secret_id="s2",
        previous_secret_id="s1",
        previous_valid_until=NOW + timedelta(days=1),
    )
    [again] = model.rotate_secret([REGISTERED, rotated], "s3", NOW, timedelta(0))
    assert again.previous_secret_id == "s2"  # type: ignore[attr-defined]


def test_a_rotation_signs_with_the_new_secret_at_once_and_the_replaced_one_until_its_end() -> None:
    day = timedelta(days=1)
    [first] = model.rotate_secret([REGISTERED], "s2", NOW, day)
    state = model.endpoint_from([REGISTERED, first])
    assert state is not None
    assert state.signing_secret_ids(NOW) == ["s2", "s1"]  # the new one first
    assert state.signing_secret_ids(NOW + day) == ["s2"]  # never one past its end

    later = NOW + timedelta(hours=2)
    [second] = model.rotate_secret([REGISTERED, first], "s3", later, timedelta(0))
    state = model.endpoint_from([REGISTERED, first, second])
    assert state is not None
    assert state.signing_secret_ids(later + timedelta(microseconds=1)) == ["s3"]
    assert state.secrets_in_force(later - timedelta(seconds=1)) == [
        ("s3", None),
        ("s2", later),
        ("s1", later),  # a rotation ends the older overlaps no later than its own
    ]


def test_a_second_overlap_keeps_an_older_secret_no_longer_than_it_had() -> None:
    [first] = model.rotate_secret([REGISTERED], "s2", NOW, timedelta(hours=1))
    [second] = model.rotate_secret([REGISTERED, first], "s3", NOW, timedelta(hours=24))
    state = model.endpoint_from([REGISTERED, first, second])
    assert state is not None
    assert state.signing_secret_ids(NOW + timedelta(hours=2)) == ["s3", "s2"]


def test_each_replay_starts_the_next_cursor_generation() -> None:
    [first] = model.request_replay([REGISTERED], "beginning", None, [])
    assert first.generation == 1  # type: ignore[attr-defined]
    position = ev.Position(topic="nithet.needs.events", partition=2, offset=40)
    [second] = model.request_replay([REGISTERED, first], "position", None, [position])
    assert second.generation == 2 and second.positions == [position]  # type: ignore[attr-defined]


def test_redelivery_requests_are_numbered_per_endpoint() -> None:
    delivery = {
        "delivery_id": "g0-ev1",
        "event_id": "ev1",
        "event_type": "needs.CampaignOpened",
        "subject": "campaign-c1",
        "tenant": "loei-3",
        "province": "loei",
        "event_time": NOW.isoformat(),
        "topic": "nithet.needs.events",
        "partition": 1,
        "offset": 7,
    }
    [first] = model.request_redelivery([REGISTERED], delivery)
    [second] = model.request_redelivery([REGISTERED, first], delivery)
    assert (first.request, second.request) == (1, 2)  # type: ignore[attr-defined]
    state = model.endpoint_from([REGISTERED, first, second])
    assert state is not None and state.requests == (first, second)
    assert second.event_province == "loei" and second.offset == 7  # type: ignore[attr-defined]


def test_every_event_is_registered_and_carries_the_scope() -> None:
    assert len(ev.registry.types) == 8
    for cls in ev.registry.classes():
        assert cls.type.startswith("subscriptions.")
        assert {"endpoint_id", "scope_level", "scope_id", "province"} <= set(cls.model_fields)
