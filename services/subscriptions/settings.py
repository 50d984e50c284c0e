"""Webhook delivery settings (environment prefix NITHET_WEBHOOK_), read when the app is built.

The retry schedule is a setting so that tests run it in fractions of a second; the default is
the Standard Webhooks example schedule (about three days after the first attempt).

`local` (`make run WEBHOOKS=local`) allows plain http and loopback receivers, for a developer's
own machine only: the service refuses to start with it in production.
"""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from kit.settings import Settings

# Immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h: 75 h 35 min in all.
STANDARD_SCHEDULE = (5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 50400.0, 72000.0, 86400.0)


class WebhookSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NITHET_WEBHOOK_", extra="ignore")

    retry_schedule_s: tuple[float, ...] = Field(
        default=STANDARD_SCHEDULE,
        description="Waits before the 2nd, 3rd... attempt; a JSON list in the environment.",
    )
    retry_jitter: float = Field(default=0.1, ge=0, le=0.5, description="± fraction of each wait")
    timeout_s: float = Field(default=15.0, gt=0, le=120, description="Whole request, per attempt")
    allow_http: bool = False  # plain http targets (https only by default)
    allow_loopback: bool = False  # 127.0.0.0/8, ::1, localhost (tests allow it)
    allow_private: bool = False  # RFC 1918, unique-local, link-local, shared address space
    local: bool = False  # development only: allow_http and allow_loopback (WEBHOOKS=local)
    lease_ttl_s: float = Field(default=10.0, gt=0.5, le=300, description="Endpoint lease term")
    lane_buffer: int = Field(default=500, ge=1, le=100_000, description="Records read ahead")
    in_flight: int = Field(
        default=16, ge=1, le=256, description="Requests in flight to one endpoint at once"
    )
    response_excerpt_bytes: int = Field(default=2000, ge=0, le=65_536)
    secrets_key: str = Field(
        default="",
        repr=False,
        description="32 bytes, base64: seals signing secrets in the store (required in production)",
    )

    @field_validator("retry_schedule_s")
    @classmethod
    def _sane_schedule(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if len(value) > 30 or any(not 0 < v <= 7 * 86400 for v in value):
            raise ValueError("at most 30 waits, each more than 0 s and at most 7 days")
        return value

    @model_validator(mode="after")
    def _local_allows_loopback(self) -> WebhookSettings:
        if self.local:
            self.allow_http = self.allow_loopback = True
        return self


class LocalWebhooksInProduction(ValueError):
    pass


def refuse_local_in_production(settings: Settings, webhooks: WebhookSettings) -> None:
    """Local webhooks (http, loopback receivers) are for a developer's machine only."""
    if webhooks.local and settings.environment == "production":
        raise LocalWebhooksInProduction(
            "NITHET_WEBHOOK_LOCAL (make run WEBHOOKS=local) allows plain http and loopback "
            "webhook receivers, for development only; it is refused with "
            "NITHET_ENVIRONMENT=production. Unset one of them."
        )
