"""`make run WEBHOOKS=local`: http and loopback receivers for a developer, never in production."""

from __future__ import annotations

import pytest

from kit.settings import Settings
from nithet import cli, run
from services.subscriptions.settings import (
    LocalWebhooksInProduction,
    WebhookSettings,
    refuse_local_in_production,
)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What `nithet run` / `nithet up` would have started (nothing starts here)."""
    calls: list[str] = []
    monkeypatch.setattr(run, "run", lambda: calls.append("run") or 0)
    monkeypatch.setattr(run, "up", lambda: calls.append("up") or 0)
    monkeypatch.setenv("NITHET_WEBHOOK_LOCAL", "false")  # and as it was after the test
    return calls


def test_the_switch_allows_http_and_loopback_receivers_for_every_service_started(
    started: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NITHET_ENVIRONMENT", "development")
    assert cli.main(["run", "--webhooks", "local"]) == 0
    assert started == ["run"]
    webhooks = WebhookSettings()
    assert webhooks.local and webhooks.allow_http and webhooks.allow_loopback
    assert not webhooks.allow_private


def test_without_the_switch_receivers_must_be_public_https(
    started: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli.main(["up"]) == 0
    webhooks = WebhookSettings()
    assert started == ["up"] and not (webhooks.allow_http or webhooks.allow_loopback)


def test_the_switch_is_refused_in_production_and_nothing_starts(
    started: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NITHET_ENVIRONMENT", "production")
    assert cli.main(["up", "--webhooks", "local"]) == 2
    assert started == []
    said = capsys.readouterr().err
    assert "development only" in said and "ใช้ได้เฉพาะตอนพัฒนา" in said


def test_the_service_refuses_to_start_with_local_webhooks_in_production() -> None:
    production = Settings.model_construct(environment="production")
    with pytest.raises(LocalWebhooksInProduction, match="development only"):
        refuse_local_in_production(production, WebhookSettings(local=True))
    refuse_local_in_production(production, WebhookSettings())  # without the switch: starts
    refuse_local_in_production(Settings(), WebhookSettings(local=True))  # development: starts
