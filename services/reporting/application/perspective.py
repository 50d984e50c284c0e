"""From which moment and through which organisation a view is seen.

The live read models answer "now, as recorded". Any other perspective is answered by folding
the event log into memory through the same projections: the events published up to `as_of`
(all when it is None), re-attributed to the organisation "then" or "now" when asked, and the
same query functions read the folded documents through a MemoryStore.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from kit.events.envelope import CloudEvent
from kit.readmodel.projection import Projection
from kit.readmodel.projector import fold
from services.reporting.application.attribution import BANGKOK, Placements, attributed
from services.reporting.application.querying import MemoryStore

Organisation = Literal["recorded", "then", "now"]


@dataclass(frozen=True)
class Perspective:
    as_of: datetime | None = None
    organisation: Organisation = "recorded"

    @property
    def live(self) -> bool:
        return self.as_of is None and self.organisation == "recorded"

    @property
    def until_ms(self) -> int | None:
        return None if self.as_of is None else int(self.as_of.timestamp() * 1000)

    def describe(self) -> dict[str, str | None]:
        return {
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "organisation": self.organisation,
        }


@dataclass(frozen=True)
class Logged:
    """An event as the log holds it, with the moment it was published."""

    timestamp_ms: int
    event: CloudEvent


def fold_log(
    projections: Iterable[Projection],
    log: list[Logged],
    perspective: Perspective,
    today: date | None = None,
) -> MemoryStore:
    """Every projection's documents as `perspective` sees them (CPU-bound: use a thread)."""
    until = perspective.until_ms
    visible = [x.event for x in log if until is None or x.timestamp_ms <= until]
    events: Iterable[CloudEvent] = visible
    if perspective.organisation != "recorded":
        # today's organisation includes moves published after `as_of`
        placements = Placements(x.event for x in log if x.event.service == "directory")
        today = today or datetime.now(BANGKOK).date()
        events = list(attributed(visible, placements, perspective.organisation, today))
    return MemoryStore({p.name: fold(p, events) for p in projections})
