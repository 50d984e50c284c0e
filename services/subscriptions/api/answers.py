"""What the subscriptions routes answer: typed models, so that the OpenAPI is a client's contract.

Commands answer the resource's identity and what the caller needs next; the stream's version
goes in `ETag`, never in a body. Secrets appear only in the answers that reveal them
(registration, rotation, `GET …/secret`); an endpoint shows its secrets by id and validity.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from services.subscriptions.domain.commands import ReplayStart, ScopeLevel


class EndpointStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    DISABLED = "disabled"
    DELETED = "deleted"


class Answer(BaseModel):
    """Answers ignore what they do not declare (documents carry more)."""


# -- commands ------------------------------------------------------------------------------


class EndpointRegistered(Answer):
    endpoint_id: str
    secret_id: str
    secret: str = Field(description="The signing secret (whsec_…), shown here and by GET …/secret")


class EndpointChanged(Answer):
    endpoint_id: str
    status: EndpointStatus


class SecretRotated(Answer):
    endpoint_id: str
    secret_id: str
    secret: str = Field(description="The new signing secret (whsec_…)")
    previous_valid_until: datetime = Field(description="The replaced secret signs until then")


class ReplayRequested(Answer):
    endpoint_id: str
    generation: int = Field(description="The cursor generation the replay started")


class RedeliveryRequested(Answer):
    endpoint_id: str
    request: int
    delivery_id: str = Field(description="The new delivery, x<request>-<event id>")


# -- an endpoint ---------------------------------------------------------------------------


class Scope(Answer):
    level: ScopeLevel
    id: str


class SecretRef(Answer):
    id: str
    valid_until: datetime | None = Field(description="None: the current secret")


class Disabled(Answer):
    reason: str
    status_code: int
    event_id: str


class Start(Answer):
    start_from: str = Field(description="beginning, or time (from start_at)")
    start_at: datetime | None = None


class Position(Answer):
    topic: str
    partition: int
    offset: int


class Replay(Answer):
    start_from: ReplayStart
    start_at: datetime | None = None
    positions: list[Position] = []
    requested_at: datetime
    requested_by: str


class Endpoint(Answer):
    endpoint_id: str
    url: str
    description: str
    event_types: list[str]
    scope: Scope
    province: str
    status: EndpointStatus
    disabled: Disabled | None = None
    start: Start
    generation: int = Field(description="The cursor generation: how many replays")
    replay: Replay | None = None
    redeliveries: int
    secrets: list[SecretRef] = Field(description="The secrets signing now, the current first")
    secret_rotated_at: datetime | None = None
    registered_at: datetime
    registered_by: str
    updated_at: datetime


def endpoint_of(doc: dict[str, Any], now: datetime) -> Endpoint:
    """An endpoints-view document as the API shows it (secrets signing at `now` only)."""
    secrets = [
        {"id": s["id"], "valid_until": s["until"]}
        for s in doc.get("secrets", [])
        if s["until"] is None or datetime.fromisoformat(s["until"]) > now
    ]
    scope = {"level": doc["scope_level"], "id": doc["scope_id"]}
    return Endpoint.model_validate(doc | {"scope": scope, "secrets": secrets})


class PreviousSecret(Answer):
    secret: str
    valid_until: datetime


class SigningSecrets(Answer):
    secret: str = Field(description="The current signing secret (whsec_…)")
    previous: list[PreviousSecret] = Field(
        description="Replaced secrets still signing beside it, until their valid_until"
    )


class Cursor(Answer):
    generation: int
    replay: Replay | None = None
    positions: list[Position] = Field(description="The next offset of every partition")
