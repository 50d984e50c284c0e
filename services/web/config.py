"""Where the web app finds each service, and how people sign in.

Each service's base URL is `NITHET_<SERVICE>_URL` when set (docker-compose points them at
container names, `http://needs:8001`), else the local address from the shared settings
(`http://127.0.0.1:8001`). Sign-in is the directory's development login unless an OIDC
provider is configured (`NITHET_OIDC_AUTHORIZE_URL`, `NITHET_OIDC_TOKEN_URL`,
`NITHET_OIDC_CLIENT_ID`): then the browser runs the authorization code flow with PKCE.
"""

from __future__ import annotations

from typing import Any

from pydantic_settings import BaseSettings, SettingsConfigDict

from kit.settings import Settings

SERVICES = ("directory", "needs", "supervision", "curriculum", "reporting", "subscriptions")


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NITHET_", extra="ignore")

    directory_url: str = ""
    needs_url: str = ""
    supervision_url: str = ""
    curriculum_url: str = ""
    reporting_url: str = ""
    subscriptions_url: str = ""
    oidc_authorize_url: str = ""
    oidc_token_url: str = ""
    oidc_client_id: str = ""
    oidc_scope: str = "openid profile"
    oidc_logout_url: str = ""
    web_proxy_timeout_seconds: float = 30.0
    web_max_body_bytes: int = 20 * 1024 * 1024
    web_bundle: bool = True  # false: serve the modules one by one (for working on them)


def upstream_urls(settings: Settings, web: WebSettings) -> dict[str, str]:
    """The base URL of every service the web app proxies to."""
    return {
        name: (getattr(web, f"{name}_url") or settings.url(name)).rstrip("/") for name in SERVICES
    }


def auth_config(settings: Settings, web: WebSettings) -> dict[str, Any]:
    """What the browser needs to sign a person in (no secret: the OIDC client is public)."""
    if web.oidc_authorize_url and web.oidc_token_url and web.oidc_client_id:
        return {
            "mode": "oidc",
            "authorize_url": web.oidc_authorize_url,
            "token_url": web.oidc_token_url,
            "client_id": web.oidc_client_id,
            "scope": web.oidc_scope,
            "logout_url": web.oidc_logout_url,
            "redirect_path": "/auth/callback",
        }
    return {"mode": "development", "development": settings.environment != "production"}
