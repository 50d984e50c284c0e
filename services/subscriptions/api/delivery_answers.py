"""What the delivery log's routes answer: deliveries and their attempts, typed."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from services.subscriptions.api.answers import Answer


class AttemptOutcome(StrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    GONE = "gone"
    INTERRUPTED = "interrupted"


class DeliveryTrigger(StrEnum):
    LIVE = "live"
    REPLAY = "replay"
    REDELIVERY = "redelivery"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"
    SUPERSEDED = "superseded"


class Delivery(Answer):
    delivery_id: str
    trigger: DeliveryTrigger
    event_id: str = Field(description="The CloudEvent's id, the webhook-id of every attempt")
    event_type: str
    subject: str
    tenant: str
    province: str
    event_time: datetime
    topic: str
    partition: int
    offset: int
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_status: int | None = None
    last_error: str = ""
    created_at: datetime


class Attempt(Answer):
    number: int
    outcome: AttemptOutcome
    started_at: datetime | None = None
    finished_at: datetime | None = None
    status_code: int | None = None
    response: str = Field(default="", description="The first bytes of the answer")
    error: str = ""
    duration_ms: float = 0.0


class DeliveryWithAttempts(Delivery):
    attempt_log: list[Attempt]
