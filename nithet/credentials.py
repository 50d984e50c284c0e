"""How the `nithet` command proves who it is to the services it calls.

In this order:

1. a token passed in: `--token`, else `NITHET_TOKEN` (from the identity provider, or from
   `nithet token` in development);
2. OAuth2 client credentials at the identity provider: `NITHET_OIDC_TOKEN_URL` with
   `NITHET_CLI_CLIENT_ID` and `NITHET_CLI_CLIENT_SECRET` (a confidential client; the web app's
   `NITHET_OIDC_CLIENT_ID` is a public one), `NITHET_CLI_SCOPE` and `NITHET_CLI_AUDIENCE`
   when the provider wants them. The token is renewed before it expires and once when a
   service answers 401;
3. in development and test only (and not when services verify OIDC tokens), a development
   token for the national admin, signed with `NITHET_JWT_SECRET`.

Otherwise `NoCredentials` says what to set.
"""

from __future__ import annotations

import time
from collections.abc import Generator

import httpx
from pydantic_settings import BaseSettings, SettingsConfigDict

from kit.auth.tokens import TokenIssuer
from kit.settings import Settings

RENEW_BEFORE_S = 30.0


class CliSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NITHET_", extra="ignore")

    token: str = ""
    oidc_token_url: str = ""
    cli_client_id: str = ""
    cli_client_secret: str = ""
    cli_scope: str = ""
    cli_audience: str = ""
    reporting_url: str = ""  # else the local address from the shared settings

    @property
    def has_client_credentials(self) -> bool:
        return bool(self.oidc_token_url and self.cli_client_id and self.cli_client_secret)


class NoCredentials(Exception):
    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_th, self.message_en = message_th, message_en

    def __str__(self) -> str:
        return f"{self.message_th}\n{self.message_en}"


MISSING = NoCredentials(
    "ไม่มีข้อมูลยืนยันตัวตนสำหรับเรียกบริการ: ใช้ --token หรือตั้งค่า NITHET_TOKEN "
    "หรือ NITHET_OIDC_TOKEN_URL กับ NITHET_CLI_CLIENT_ID และ NITHET_CLI_CLIENT_SECRET",
    "No credentials to call the services with: pass --token, or set NITHET_TOKEN, or "
    "NITHET_OIDC_TOKEN_URL with NITHET_CLI_CLIENT_ID and NITHET_CLI_CLIENT_SECRET "
    "(development tokens are for development only).",
)


def development_token(settings: Settings) -> str:
    from services.directory.application.tokens import principal_for

    s = settings
    issuer = TokenIssuer(s.jwt_secret, s.jwt_issuer, s.jwt_audience, s.jwt_ttl_seconds)
    return issuer.issue(principal_for("admin", "th"))


def signs_development_tokens(settings: Settings) -> bool:
    return settings.environment != "production" and not settings.oidc_jwks_url


class ServiceAuth(httpx.Auth):
    """Bearer authentication for httpx: a fixed token, or one from client credentials."""

    def __init__(self, settings: Settings, cli: CliSettings, given: str | None = None) -> None:
        self._fixed = given or cli.token or None
        self._cli, self._settings = cli, settings
        self._token: str | None = None
        self._expires_at = 0.0
        if self._fixed is None and not cli.has_client_credentials:
            if not signs_development_tokens(settings):
                raise MISSING
            self._fixed = development_token(settings)

    def current(self) -> str:
        if self._fixed is not None:
            return self._fixed
        if self._token is None or time.monotonic() > self._expires_at - RENEW_BEFORE_S:
            self._token, lifetime = client_credentials(self._cli)
            self._expires_at = time.monotonic() + lifetime
        return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.current()}"
        response = yield request
        if response.status_code == 401 and self._fixed is None:
            self._token = None
            request.headers["Authorization"] = f"Bearer {self.current()}"
            yield request


def client_credentials(cli: CliSettings) -> tuple[str, float]:
    """An access token and its lifetime in seconds, from the provider's token endpoint."""
    form = {"grant_type": "client_credentials"}
    form |= {"scope": cli.cli_scope} if cli.cli_scope else {}
    form |= {"audience": cli.cli_audience} if cli.cli_audience else {}
    try:
        r = httpx.post(
            cli.oidc_token_url,
            data=form,
            auth=(cli.cli_client_id, cli.cli_client_secret),
            timeout=15,
        )
        answer = r.json() if r.status_code == 200 else {}
    except (httpx.HTTPError, ValueError) as exc:
        raise _refused(str(exc)) from exc
    token = answer.get("access_token") if isinstance(answer, dict) else None
    if not isinstance(token, str) or not token:
        raise _refused(f"HTTP {r.status_code}: {r.text[:200]}")
    return token, float(answer.get("expires_in") or 300)


def _refused(why: str) -> NoCredentials:
    return NoCredentials(
        f"ผู้ให้บริการยืนยันตัวตนไม่ออกโทเค็นให้ ({why})",
        f"The identity provider issued no token for the client credentials ({why}).",
    )
