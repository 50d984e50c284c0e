"""What a directory command answers: the unit or person as the command left them.

The same shape as the directory's reads (services.directory.api.schemas), folded from the
stream the command wrote, so a caller needs no second request. Answers are JSON values (days
as ISO text): an `Idempotency-Key` stores them with the commit, to answer a retry.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TypeVar

from pydantic_core import to_jsonable_python

from kit.errors import NotFound
from kit.events import DomainEvent
from services.directory.domain import state
from services.directory.domain.people import person_of

T = TypeVar("T")


def _status(closed_on: Any) -> dict[str, Any]:
    return {"status": "closed" if closed_on else "open", "closed_on": closed_on}


def _json(answer: dict[str, Any]) -> dict[str, Any]:
    return dict(to_jsonable_python(answer))


def province(history: list[DomainEvent]) -> dict[str, Any]:
    return _json(asdict(_known(state.province_of(history))))


def esa(history: list[DomainEvent]) -> dict[str, Any]:
    return _json(asdict(_known(state.esa_of(history))))


def cluster(history: list[DomainEvent]) -> dict[str, Any]:
    k = _known(state.cluster_of(history))
    fields = {f: getattr(k, f) for f in ("cluster", "esa", "province", "name_th", "name_en")}
    return _json(fields | _status(k.closed_on) | {"placements": state.cluster_placements(history)})


def school(history: list[DomainEvent]) -> dict[str, Any]:
    s = _known(state.school_of(history))
    fields = asdict(s)
    del fields["placed_since"]
    return _json(fields | _status(s.closed_on) | {"placements": state.school_placements(history)})


def person(history: list[DomainEvent]) -> dict[str, Any]:
    p = _known(person_of(history))
    grants = [
        {
            "role": g.role,
            "level": g.level,
            "scope": g.scope,
            "esa": g.esa,
            "province": g.province,
            "since": g.effective_from,
        }
        for g in p.grants
    ]
    return _json(asdict(p) | {"grants": grants})


def _known(value: T | None) -> T:
    if value is None:
        raise NotFound()
    return value
