"""Reading one case straight from its stream: now, or exactly as it stood at a moment.

"Time travel" folds the case's events whose time is at or before the moment asked for, so the
answer is what anyone (a committee about to decide) saw then. Reads go to the event store, not
to a view, so they are never behind.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kit.errors import NotFound
from kit.events import CloudEvent
from kit.eventstore.protocol import EventStore
from services.curriculum.application.answers import case_answer
from services.curriculum.domain.case import case_not_found, case_stream, fold
from services.curriculum.domain.events import registry


async def case_events(
    store: EventStore, esa: str, case_id: str, as_of: datetime | None = None
) -> list[CloudEvent]:
    loaded = await store.load(esa, case_stream(case_id))
    events = [e for e in loaded.events if as_of is None or e.time <= as_of]
    if not events:
        if loaded.events:
            raise NotFound(
                "ขณะนั้นยังไม่มีคำขอหลักสูตรนี้",
                "The case did not exist yet at that moment.",
                code="case_not_yet_opened",
                details={"case_id": case_id, "opened_at": loaded.events[0].time.isoformat()},
            )
        raise case_not_found(case_id)
    return events


async def case_state(
    store: EventStore, esa: str, case_id: str, as_of: datetime | None = None
) -> dict[str, Any]:
    events = await case_events(store, esa, case_id, as_of)
    case = fold([registry.payload(e) for e in events])
    assert case is not None  # a stream's first event opens the case
    answer = case_answer(case)
    answer |= {
        "version": events[-1].streamversion,
        "updated_at": events[-1].time.isoformat(),
        "as_of": as_of.isoformat() if as_of else None,
    }
    return answer


def timeline(events: list[CloudEvent]) -> list[dict[str, Any]]:
    """Every event of the case, oldest first: what happened, who, in which role, when."""
    return [
        {
            "version": e.streamversion,
            "type": e.type,
            "time": e.time.isoformat(),
            "actor": e.actorid,
            "role": e.actorrole,
            "data": registry.payload(e).model_dump(mode="json"),
        }
        for e in events
    ]
