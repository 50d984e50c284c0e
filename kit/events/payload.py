"""Domain event payloads: frozen pydantic models named by their CloudEvents type string."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class DomainEvent(BaseModel):
    """Base of every event payload.

    Subclasses set `type` (`<service>.<EventName>`, past tense, never renamed) and, when the
    payload's shape changes, a higher `schema_version` plus an upcaster in the registry.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: ClassVar[str]
    schema_version: ClassVar[int] = 1
