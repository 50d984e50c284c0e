"""What travels on a topic, independent of the Kafka client."""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.events.envelope import CONTENT_TYPE, CloudEvent
from kit.messaging.topics import events_topic


@dataclass(frozen=True)
class Record:
    topic: str
    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(frozen=True)
class Position:
    """Where a record stands in the log."""

    topic: str
    partition: int
    offset: int


@dataclass(frozen=True)
class Delivery:
    """A record as a consumer received it."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]
    timestamp_ms: int

    def event(self) -> CloudEvent:
        return CloudEvent.from_json(self.value)

    @property
    def position(self) -> Position:
        return Position(self.topic, self.partition, self.offset)


def event_record(event: CloudEvent, prefix: str = "nithet") -> Record:
    """The structured-mode CloudEvents record of an event, keyed by its stream."""
    return Record(
        topic=events_topic(event.service, prefix),
        key=event.subject.encode(),
        value=event.to_json(),
        headers=[("content-type", CONTENT_TYPE.encode())],
    )
