"""Events: the CloudEvents 1.0 envelope, domain event payloads and the type registry."""

from kit.events.envelope import CloudEvent, EventContext
from kit.events.payload import DomainEvent
from kit.events.registry import EventRegistry, UnknownEventType

__all__ = ["CloudEvent", "DomainEvent", "EventContext", "EventRegistry", "UnknownEventType"]
