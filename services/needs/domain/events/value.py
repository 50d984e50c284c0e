"""The base of the values events carry (a school targeted, a piece of evidence, a score...):
frozen, and refusing fields they do not name."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
