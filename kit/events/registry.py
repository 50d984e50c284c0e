"""An explicit registry of event types: type string -> payload class, plus upcasters.

Stored events are never resolved by import path: moving a class must not break history.
An upcaster turns the data of version N into version N+1; reading applies them in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kit.events.envelope import CloudEvent
from kit.events.payload import DomainEvent

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]


class UnknownEventType(LookupError):
    pass


class EventRegistry:
    def __init__(self, event_classes: Iterable[type[DomainEvent]] = ()) -> None:
        self._classes: dict[str, type[DomainEvent]] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}
        for cls in event_classes:
            self.register(cls)

    def register(self, cls: type[DomainEvent]) -> None:
        if cls.type in self._classes:
            raise ValueError(f"event type registered twice: {cls.type}")
        self._classes[cls.type] = cls

    def upcaster(self, event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
        """Decorator: register the function that lifts `from_version` data one version up."""

        def register(fn: Upcaster) -> Upcaster:
            self._upcasters[(event_type, from_version)] = fn
            return fn

        return register

    def __contains__(self, event_type: object) -> bool:
        return event_type in self._classes

    @property
    def types(self) -> list[str]:
        return sorted(self._classes)

    def classes(self) -> list[type[DomainEvent]]:
        return [self._classes[t] for t in self.types]

    def payload(self, event: CloudEvent) -> DomainEvent:
        """The typed payload of an envelope, upcast to the current schema version."""
        cls = self._classes.get(event.type)
        if cls is None:
            raise UnknownEventType(event.type)
        data = dict(event.data)
        for version in range(event.schemaversion, cls.schema_version):
            data = self._upcasters[(event.type, version)](data)
        return cls.model_validate(data)
