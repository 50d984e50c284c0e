"""subscriptions events: the life of a webhook endpoint, one stream per endpoint.

Every event names the endpoint and the scope it may receive (level `esa`, `province` or
`nation`, and the ESA code, province code or `th`). Signing secrets never travel in events:
an event names the secret by its id, and the secret itself stays in the service's store.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from kit.events import DomainEvent, EventRegistry


class Position(BaseModel):
    """A place in the replay log: the next offset to read in one partition of one topic."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    topic: str
    partition: int
    offset: int


class EndpointEvent(DomainEvent):
    endpoint_id: str
    scope_level: str  # "esa", "province" or "nation"
    scope_id: str  # ESA code (loei-3), province code (loei) or "th"
    province: str  # the scope's province ("th" for the nation)


class EndpointRegistered(EndpointEvent):
    type = "subscriptions.EndpointRegistered"
    url: str
    description: str = ""
    event_types: list[str]  # exact types, "<service>.*" or "*"
    secret_id: str
    start_from: str  # "beginning" (the whole history) or "time" (from start_at)
    start_at: datetime | None = None


class EndpointPaused(EndpointEvent):
    type = "subscriptions.EndpointPaused"


class EndpointResumed(EndpointEvent):
    type = "subscriptions.EndpointResumed"


class EndpointDisabled(EndpointEvent):
    """The receiver answered 410 Gone: deliveries stop until someone resumes the endpoint."""

    type = "subscriptions.EndpointDisabled"
    reason: str  # "gone"
    status_code: int
    event_id: str  # the event whose delivery was answered so


class EndpointSecretRotated(EndpointEvent):
    type = "subscriptions.EndpointSecretRotated"
    secret_id: str
    previous_secret_id: str
    previous_valid_until: datetime  # deliveries carry both signatures until then


class EndpointDeleted(EndpointEvent):
    type = "subscriptions.EndpointDeleted"


class EndpointReplayRequested(EndpointEvent):
    """The endpoint's cursor starts over (a new generation) from the beginning, a time or positions."""

    type = "subscriptions.EndpointReplayRequested"
    generation: int  # 1 for the first replay, then 2, 3...
    start_from: str  # "beginning", "time" or "position"
    start_at: datetime | None = None
    positions: list[Position] = []


class RedeliveryRequested(EndpointEvent):
    """Send one event to the endpoint once more (with the same webhook-id)."""

    type = "subscriptions.RedeliveryRequested"
    request: int  # 1 for the endpoint's first request, then 2, 3...
    delivery_id: str  # the delivery it repeats
    event_id: str
    event_type: str
    subject: str
    tenant: str
    event_province: str
    event_time: datetime
    topic: str
    partition: int
    offset: int


registry = EventRegistry(
    [
        EndpointRegistered,
        EndpointPaused,
        EndpointResumed,
        EndpointDisabled,
        EndpointSecretRotated,
        EndpointDeleted,
        EndpointReplayRequested,
        RedeliveryRequested,
    ]
)
