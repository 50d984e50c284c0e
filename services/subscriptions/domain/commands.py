"""The commands on webhook endpoints, as their managers send them (the request bodies).

Each field has a Thai title (the label a refused field is named by) and limits; choices are
enumerations, so the OpenAPI lists the allowed values. Pause, resume and delete carry nothing
but the endpoint they name.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

from services.subscriptions.domain.scope import TYPE_PATTERN
from services.subscriptions.domain.signature import secret_key

CODE = r"^[a-z][a-z0-9-]{1,40}$"


class ScopeLevel(StrEnum):
    ESA = "esa"
    PROVINCE = "province"
    NATION = "nation"


class StartFrom(StrEnum):
    NOW = "now"  # events published from the registration on
    BEGINNING = "beginning"  # the whole history


class ReplayStart(StrEnum):
    BEGINNING = "beginning"
    TIME = "time"
    POSITION = "position"


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScopeChoice(Command):
    level: ScopeLevel = Field(title="ระดับขอบเขต", description="esa, province or nation")
    id: str = Field(
        title="รหัสหน่วยงาน",
        pattern=CODE,
        description="ESA code (loei-3), province code (loei) or th",
    )


class RegisterEndpoint(Command):
    url: str = Field(
        title="URL ปลายทาง",
        min_length=8,
        max_length=2000,
        description="https:// target of the webhooks",
    )
    event_types: list[str] = Field(
        title="ประเภทเหตุการณ์",
        min_length=1,
        max_length=100,
        description="Exact types (needs.SurveyResponseSubmitted), a service's (needs.*) or *",
    )
    scope: ScopeChoice = Field(title="ขอบเขต")
    description: str = Field(default="", title="คำอธิบาย", max_length=200)
    start: StartFrom = Field(
        default=StartFrom.NOW,
        title="เริ่มส่งจาก",
        description="now: events published from now on; beginning: all history",
    )
    secret: str | None = Field(
        default=None,
        title="รหัสลับสำหรับลงลายเซ็น",
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


class RotateSecret(Command):
    keep_previous_hours: int = Field(
        default=24,
        title="จำนวนชั่วโมงที่รหัสลับเดิมยังลงลายเซ็นต่อ",
        ge=0,
        le=168,
        description="Hours the replaced secret still signs beside the new one (0: stops at once)",
    )


class ReplayPosition(Command):
    topic: str = Field(title="หัวข้อเหตุการณ์", min_length=1, max_length=200)
    partition: int = Field(title="พาร์ทิชัน", ge=0, le=10_000)
    offset: int = Field(title="ตำแหน่ง", ge=0)


class ReplayEndpoint(Command):
    start: ReplayStart = Field(title="เริ่มส่งซ้ำจาก")
    at: AwareDatetime | None = Field(
        default=None, title="เวลาเริ่มส่งซ้ำ", description="For start=time, with a time zone"
    )
    positions: list[ReplayPosition] = Field(
        default_factory=list, title="ตำแหน่งเริ่มส่งซ้ำ", max_length=1000
    )

    @model_validator(mode="after")
    def _complete(self) -> ReplayEndpoint:
        if (self.start is ReplayStart.TIME) != (self.at is not None):
            raise ValueError("'at' is required when start is 'time', and only then")
        if self.at is not None and self.at.timestamp() < 0:
            raise ValueError("'at' must not be before 1970")  # Kafka takes no earlier time
        if (self.start is ReplayStart.POSITION) != bool(self.positions):
            raise ValueError("'positions' are required when start is 'position', and only then")
        places = [(p.topic, p.partition) for p in self.positions]
        if len(set(places)) != len(places):
            raise ValueError("each topic partition at most once")
        return self
