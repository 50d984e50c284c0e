"""The CloudEvents 1.0 envelope every Nithet event travels in.

Extension attributes (lower-case, as the specification requires): tenantid (the owning
organisation, an ESA code), provinceid, streamversion, correlationid, causationid, actorid,
actorrole, schemaversion. On Kafka Nithet uses the *structured* content mode: the record value
is this JSON object and the `content-type` header is `application/cloudevents+json`; the
record key is the stream id (`subject`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

CONTENT_TYPE = "application/cloudevents+json"


class CloudEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    source: str
    type: str
    specversion: str = "1.0"
    time: datetime
    subject: str
    datacontenttype: str = "application/json"
    data: dict[str, Any] = Field(default_factory=dict)
    tenantid: str
    provinceid: str
    streamversion: int
    schemaversion: int = 1
    correlationid: str
    causationid: str
    actorid: str
    actorrole: str

    @property
    def service(self) -> str:
        return self.type.split(".", 1)[0]

    def to_json(self) -> bytes:
        return self.model_dump_json().encode()

    @classmethod
    def from_json(cls, raw: bytes | str) -> CloudEvent:
        return cls.model_validate(json.loads(raw))

    @classmethod
    def from_log(cls, raw: bytes | str) -> CloudEvent:
        """An event read back from the event log, which holds only events this model wrote.

        Replays (rebuilds, views "as of") read millions of them: the fields are taken as they
        are, without pydantic's validation, when every required field is there with the right
        basic type; anything else goes through `from_json` and its validation.
        """
        body = json.loads(raw)
        try:
            fields = {name: body[name] for name in _REQUIRED}
            if not isinstance(body["data"], dict) or not isinstance(body["streamversion"], int):
                raise TypeError("not an event written by Nithet")
            fields["time"] = datetime.fromisoformat(body["time"])
        except (KeyError, TypeError, ValueError):
            return cls.model_validate(body)
        for name in _OPTIONAL:
            if name in body:
                fields[name] = body[name]
        return cls.model_construct(**fields)


@dataclass(frozen=True)
class EventContext:
    """Who caused the events of one command, and within which conversation."""

    actor_id: str
    actor_role: str
    correlation_id: str
    causation_id: str


_REQUIRED = (
    "id",
    "source",
    "type",
    "time",
    "subject",
    "data",
    "tenantid",
    "provinceid",
    "streamversion",
    "correlationid",
    "causationid",
    "actorid",
    "actorrole",
)
_OPTIONAL = ("specversion", "datacontenttype", "schemaversion")
