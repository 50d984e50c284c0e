"""What the records of this service share (a team, a plan, a forum, a class record...): each is
the fold of its stream from the event that opens it, and a record named by id is there or not
found."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kit.errors import NotFound, RuleViolation
from kit.events import DomainEvent

R = TypeVar("R")
E = TypeVar("E", bound=DomainEvent)


def fold_record(
    history: list[DomainEvent],
    opened: type[E],
    make: Callable[[E], R],
    then: Callable[[R, DomainEvent], R],
) -> R | None:
    """The record after `history`: made by its `opened` event, changed by each later one."""
    record: R | None = None
    for event in history:
        if isinstance(event, opened):
            record = make(event)
        elif record is not None:
            record = then(record, event)
    return record


def first_of_its_stream(
    history: list[DomainEvent], th: str, en: str, code: str, **details: object
) -> None:
    """Refuse (422) to open a record whose stream already holds it (it is decided once)."""
    if history:
        raise RuleViolation(th, en, code=code, details=details)


def found(record: R | None, what_th: str, what_en: str, code: str, **details: object) -> R:
    """The record, or not found (404) with what was looked for."""
    if record is None:
        raise NotFound(f"ไม่พบ{what_th}นี้", f"No such {what_en}.", code=code, details=details)
    return record
