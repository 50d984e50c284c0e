"""Values that several curriculum events carry: a school with where it belongs."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SchoolPlace(Part):
    """A school as the event saw it: its code, name, cluster and ESA."""

    school: str
    school_name: str
    cluster: str
    esa: str


class ForumParticipant(SchoolPlace):
    teachers: int
    administrators: int
