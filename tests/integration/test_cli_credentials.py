"""`nithet rebuild` where services verify an identity provider's tokens: a token passed in,
or one obtained with OAuth2 client credentials; a development token only in development."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nithet.cli import main
from tests.integration.identity_provider import CLIENT_ID, CLIENT_SECRET, ISSUER, Provider
from tests.integration.identity_provider import identity_provider as started

SETTINGS = (
    "NITHET_TOKEN",
    "NITHET_OIDC_TOKEN_URL",
    "NITHET_CLI_CLIENT_ID",
    "NITHET_CLI_CLIENT_SECRET",
    "NITHET_JWT_SECRET",
)


@pytest.fixture
def provider(monkeypatch: pytest.MonkeyPatch) -> Iterator[Provider]:
    """Production settings: services verify tokens with the provider's JWKS."""
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    with started() as p:
        monkeypatch.setenv("NITHET_ENVIRONMENT", "production")
        monkeypatch.setenv("NITHET_OIDC_JWKS_URL", f"{p.url}/jwks")
        monkeypatch.setenv("NITHET_OIDC_ISSUER", ISSUER)
        monkeypatch.setenv("NITHET_REPORTING_URL", p.url)
        yield p


def test_rebuild_calls_reporting_with_the_token_passed_in(provider: Provider) -> None:
    token = provider.issue("person:somchai")
    assert main(["rebuild", "--token", token, "needs_summary"]) == 0
    assert provider.calls == [
        ("GET", "/v1/admin/read-models", "person:somchai"),
        ("POST", "/v1/admin/read-models/needs_summary/rebuild", "person:somchai"),
        ("GET", "/v1/admin/read-models", "person:somchai"),
    ]
    assert provider.token_requests == []


def test_a_token_in_the_environment_serves_too(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NITHET_TOKEN", provider.issue("person:wanida"))
    assert main(["rebuild"]) == 0
    assert {who for *_, who in provider.calls} == {"person:wanida"}


def test_rebuild_gets_its_token_with_client_credentials(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NITHET_OIDC_TOKEN_URL", f"{provider.url}/token")
    monkeypatch.setenv("NITHET_CLI_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("NITHET_CLI_CLIENT_SECRET", CLIENT_SECRET)
    assert main(["rebuild", "needs_summary"]) == 0
    assert [r["grant_type"] for r in provider.token_requests] == ["client_credentials"]
    assert provider.token_requests[0]["client"] == f"{CLIENT_ID}:{CLIENT_SECRET}"
    assert {who for *_, who in provider.calls} == {"svc:nithet-cli"}


def test_a_token_the_service_refuses_is_renewed_once(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NITHET_OIDC_TOKEN_URL", f"{provider.url}/token")
    monkeypatch.setenv("NITHET_CLI_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("NITHET_CLI_CLIENT_SECRET", CLIENT_SECRET)
    original = provider.issue

    def first_revoked(subject: str = "svc:nithet-cli") -> str:
        token = original(subject)
        if not provider.revoked:
            provider.revoked.add(token)
        return token

    monkeypatch.setattr(provider, "issue", first_revoked)
    assert main(["rebuild", "needs_summary"]) == 0
    assert len(provider.token_requests) == 2 and len(provider.calls) == 3


def test_wrong_client_credentials_are_said_plainly(
    provider: Provider, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NITHET_OIDC_TOKEN_URL", f"{provider.url}/token")
    monkeypatch.setenv("NITHET_CLI_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("NITHET_CLI_CLIENT_SECRET", "not-the-secret")
    assert main(["rebuild"]) == 2
    assert "identity provider issued no token" in capsys.readouterr().err
    assert provider.calls == []


def test_production_without_credentials_signs_nothing(
    provider: Provider, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rebuild"]) == 2
    err = capsys.readouterr().err
    assert "ไม่มีข้อมูลยืนยันตัวตน" in err and "--token" in err
    assert main(["token", "admin", "th"]) == 2
    assert provider.calls == []


def test_development_signs_its_own_token(
    provider: Provider, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NITHET_ENVIRONMENT", "development")
    monkeypatch.delenv("NITHET_OIDC_JWKS_URL")
    assert main(["token", "supervisor", "loei-3-nahaeo"]) == 0
    assert capsys.readouterr().out.count(".") == 2  # a JWT
    assert (
        main(["rebuild"]) == 1
    )  # signed with the development secret, which reporting here refuses
    assert provider.calls == []
