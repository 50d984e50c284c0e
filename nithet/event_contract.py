"""The fixed parts of the AsyncAPI document: the contract's rules and the CloudEvents envelope."""

from __future__ import annotations

from typing import Any

from kit.events.envelope import CONTENT_TYPE

DESCRIPTION = """\
Nithet's events as a public contract for systems inside the network (systems outside it use
the signed webhooks of the subscriptions service, which send these same CloudEvents).

- One topic per service, `<prefix>.<service>.events` (the prefix is `nithet` unless a
  deployment sets NITHET_TOPIC_PREFIX). Topics are kept forever: they are the replay log, and a
  new consumer may read every event since the beginning.
- Every record is one CloudEvents 1.0 event in the *structured* content mode: the record value
  is the event as JSON (UTF-8) and the `content-type` header is `application/cloudevents+json`.
- The record key is the event's `subject`, the id of the stream (aggregate) it belongs to, so
  all events of a stream are in one partition, in `streamversion` order (1, 2, 3...).
- Delivery is at least once: a record may appear twice (same `id`). Skip an event whose `id`
  you have handled, or whose `streamversion` is not above the last one you applied for its
  `subject`.
- `type` is `<service>.<EventName>` and never changes meaning. A changed shape of `data` comes
  with a higher `schemaversion`; new optional fields may appear in `data` without one, so read
  tolerantly (ignore fields you do not know).
- `tenantid` is the organisation owning the event (an ESA code such as `loei-3`, a province
  code for provincial records, `th` for national ones); `provinceid` its province. Years in
  `data` are Buddhist Era academic years (2569 = May 2026 to May 2027).
- Read with your own consumer group, commit offsets after handling; see
  examples/kafka_consumer.py.
"""


ENVELOPE: dict[str, Any] = {
    "type": "object",
    "description": "A CloudEvents 1.0 event in structured mode, with Nithet's extension attributes.",
    "required": [
        "id",
        "source",
        "type",
        "specversion",
        "time",
        "subject",
        "data",
        "tenantid",
        "provinceid",
        "streamversion",
        "schemaversion",
        "correlationid",
        "causationid",
        "actorid",
        "actorrole",
    ],
    "properties": {
        "id": {"type": "string", "format": "uuid", "description": "Unique; a UUIDv7."},
        "source": {"type": "string", "description": "/nithet/<service>"},
        "type": {"type": "string", "description": "<service>.<EventName>"},
        "specversion": {"const": "1.0"},
        "time": {"type": "string", "format": "date-time", "description": "When it happened."},
        "subject": {"type": "string", "description": "The stream id; also the record key."},
        "datacontenttype": {"const": "application/json"},
        "data": {"type": "object", "description": "The event's facts (see its message)."},
        "tenantid": {"type": "string", "description": "Owning organisation: ESA, province, th."},
        "provinceid": {"type": "string", "description": "The owning organisation's province."},
        "streamversion": {
            "type": "integer",
            "minimum": 1,
            "description": "Position in its stream: 1, 2, 3... without gaps.",
        },
        "schemaversion": {"type": "integer", "minimum": 1, "description": "Shape of data."},
        "correlationid": {"type": "string", "description": "The conversation it belongs to."},
        "causationid": {"type": "string", "description": "The command that caused it."},
        "actorid": {"type": "string", "description": "Who (a person id or system:<name>)."},
        "actorrole": {"type": "string", "description": "In which role."},
    },
}

HEADERS: dict[str, Any] = {
    "type": "object",
    "properties": {"content-type": {"const": CONTENT_TYPE}},
}
