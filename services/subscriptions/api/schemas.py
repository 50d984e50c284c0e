"""Request bodies of the subscriptions API (unknown fields refused, every string bounded)."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

from services.subscriptions.domain.scope import TYPE_PATTERN
from services.subscriptions.domain.signature import secret_key

CODE = r"^[a-z][a-z0-9-]{1,40}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScopeBody(Strict):
    level: Literal["esa", "province", "nation"] = Field(description="esa, province or nation")
    id: str = Field(pattern=CODE, description="ESA code (loei-3), province code (loei) or th")


class RegisterEndpointRequest(Strict):
    url: str = Field(min_length=8, max_length=2000, description="https:// target of the webhooks")
    event_types: list[str] = Field(
        min_length=1,
        max_length=100,
        description="Exact types (needs.SurveyResponseSubmitted), a service's (needs.*) or *",
    )
    scope: ScopeBody
    description: str = Field(default="", max_length=200)
    start: Literal["now", "beginning"] = Field(
        default="now", description="now: events published from now on; beginning: all history"
    )
    secret: str | None = Field(
        default=None,
        min_length=38,
        max_length=100,
        description="Optional whsec_ secret (24 to 64 bytes); one is generated when absent",
    )

    @field_validator("event_types")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        bad = [t for t in value if len(t) > 120 or not TYPE_PATTERN.match(t)]
        if bad:
            raise ValueError(
                f"not event types: {bad[:5]} (use needs.SurveyResponseSubmitted, needs.* or *)"
            )
        return sorted(set(value))

    @field_validator("secret")
    @classmethod
    def _secret(cls, value: str | None) -> str | None:
        if value is not None:
            if not value.startswith("whsec_"):
                raise ValueError("a secret starts with whsec_")
            secret_key(value)
        return value


class RotateSecretRequest(Strict):
    keep_previous_hours: int = Field(
        default=24, ge=0, le=168, description="Hours the old secret still signs deliveries"
    )


class PositionBody(Strict):
    topic: str = Field(min_length=1, max_length=200)
    partition: int = Field(ge=0, le=10_000)
    offset: int = Field(ge=0)


class ReplayRequest(Strict):
    start: Literal["beginning", "time", "position"]
    at: AwareDatetime | None = Field(default=None, description="For start=time, with a time zone")
    positions: list[PositionBody] = Field(default_factory=list, max_length=1000)

    @model_validator(mode="after")
    def _complete(self) -> ReplayRequest:
        if self.start == "time" and self.at is None:
            raise ValueError("'at' is required when start is 'time'")
        if self.start != "time" and self.at is not None:
            raise ValueError("'at' is only for start 'time'")
        if self.at is not None and self.at.timestamp() < 0:
            raise ValueError("'at' must not be before 1970")  # Kafka takes no earlier time
        if self.start == "position" and not self.positions:
            raise ValueError("'positions' are required when start is 'position'")
        if self.start != "position" and self.positions:
            raise ValueError("'positions' are only for start 'position'")
        places = [(p.topic, p.partition) for p in self.positions]
        if len(set(places)) != len(places):
            raise ValueError("each topic partition at most once")
        return self
