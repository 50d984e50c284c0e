"""What the delivery machinery needs from the outside world, and the records it passes around.

Adapters implement these with Kafka (the replay log), the MongoDB API (cursors, deliveries,
attempts, secrets) and HTTP (the receivers); bootstrap wires them in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

TopicPartition = tuple[str, int]

PENDING = "pending"


@dataclass(frozen=True)
class LogRecord:
    """One record of an event topic, exactly as Kafka holds it."""

    topic: str
    partition: int
    offset: int
    value: bytes
    timestamp_ms: int


@dataclass
class Delivery:
    """Sending one event to one endpoint, in one run (a cursor generation or a redelivery)."""

    endpoint_id: str
    delivery_id: str  # "g<generation>-<event id>" or "x<request>-<event id>"
    trigger: str  # "live", "replay" or "redelivery"
    event_id: str
    event_type: str
    subject: str
    tenant: str
    province: str
    event_time: str
    topic: str
    partition: int
    offset: int
    status: str = PENDING
    attempts: int = 0  # attempts made (answered, or cut off by a stopped dispatcher)
    claimed: int = 0  # the highest attempt number claimed, by this dispatcher or another
    next_attempt_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_status: int | None = None
    last_error: str = ""
    attempt_log: list[dict[str, Any]] = field(default_factory=list)
    created_at: datetime | None = None
    logged: bool = False  # in the log already (not stored: a fact about the store)


@dataclass(frozen=True)
class Opened:
    """A delivery as `open` left it: `claimed_first` when this open claimed its attempt 1."""

    delivery: Delivery
    claimed_first: bool


@dataclass(frozen=True)
class Answer:
    """What a receiver answered to one attempt (status None: no HTTP answer at all)."""

    status: int | None
    excerpt: str = ""
    error: str = ""
    retry_after_s: float | None = None
    duration_ms: float = 0.0


@dataclass(frozen=True)
class StartSpec:
    """Where a cursor generation starts: the beginning, a time, or given positions."""

    start_from: str  # "beginning", "time" or "position"
    start_at: datetime | None = None
    positions: dict[TopicPartition, int] = field(default_factory=dict)


class EventReader(Protocol):
    """One endpoint's own reader of the event topics (never shared: it holds positions)."""

    async def partitions(self) -> list[TopicPartition]: ...

    async def offsets(
        self, partitions: list[TopicPartition], where: str, at: datetime | None = None
    ) -> dict[TopicPartition, int]:
        """'beginning', 'end', or 'time' (the first record published at or after `at`)."""
        ...

    async def assign(self, positions: dict[TopicPartition, int]) -> None:
        """Read these partitions too, from these offsets."""
        ...

    async def poll(self, held: set[TopicPartition], timeout_s: float) -> list[LogRecord]:
        """The next records of the assigned partitions but the `held` ones (their lanes are
        full), waiting up to `timeout_s` for one to arrive."""
        ...

    async def close(self) -> None: ...


class RecordFetcher(Protocol):
    async def fetch(self, topic: str, partition: int, offset: int) -> LogRecord | None: ...


class Sender(Protocol):
    async def send(self, url: str, headers: dict[str, str], body: bytes) -> Answer: ...

    async def close(self) -> None: ...


class SecretStore(Protocol):
    async def put(self, secret_id: str, endpoint_id: str, secret: str) -> None: ...

    async def get(self, secret_ids: list[str]) -> dict[str, str]: ...

    async def forget(self, endpoint_id: str) -> None: ...


class Cursors(Protocol):
    """Where each endpoint's lanes have got to, per cursor generation."""

    async def cursors(self, endpoint_id: str) -> dict[int, dict[TopicPartition, int]]:
        """Every generation's positions of an endpoint."""
        ...

    async def start_cursor(
        self, endpoint_id: str, generation: int, tp: TopicPartition, offset: int
    ) -> int:
        """Insert a partition's first position in a generation; returns the stored one."""
        ...

    async def save_cursor(
        self, endpoint_id: str, generation: int, tp: TopicPartition, offset: int
    ) -> None: ...


class DeliveryLog(Protocol):
    async def open(self, delivery: Delivery, now: datetime) -> Opened:
        """Claim the delivery's attempt 1 when it was never claimed; else the delivery as the
        log holds it: its attempts so far, and one claimed but cut off before its outcome."""
        ...

    async def request(self, delivery: Delivery, now: datetime) -> None:
        """Log a delivery before any attempt (a redelivery asked for), unless it is there."""
        ...

    async def claim_attempt(self, delivery: Delivery, number: int, at: datetime) -> bool:
        """Insert-only: False when that attempt was already claimed (another dispatcher)."""
        ...

    async def record(self, delivery: Delivery) -> Delivery:
        """Write the delivery as it is now (its outcome, its attempt log); the one writer."""
        ...

    async def pending_redeliveries(self, endpoint_id: str) -> list[Delivery]: ...

    async def supersede(self, endpoint_id: str, generation: int) -> None:
        """Pending deliveries of earlier generations will not go on: mark them superseded."""
        ...


class EndpointDocs(Protocol):
    """The endpoints read model, as the dispatcher reads it."""

    async def active(self) -> list[dict[str, Any]]: ...
