"""Whose facts are whose: a school's facts attributed to the ESA and cluster of then, or of now.

Directory events are effective-dated: `SchoolRegistered` places a school in an ESA and cluster
from `effective_from`, `SchoolMoved` moves it from its own `effective_from`. Facts carry the
placement their service knew when it recorded them ("as recorded"). Re-attribution rewrites a
fact's placement before it is folded:

- "then": the placement in force on the day of the fact (the event's time, Thai date), which
  differs from the recorded one when a move is recorded with an earlier effective date;
- "now": the placement in force today, whatever it was when the fact happened.

A fact is a school's when its event data names a `school`: its `esa`, `cluster` and
`province` fields (those present) are rewritten; so are entries of lists of `{school, ...}`
objects (a campaign's target schools).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from kit.events.envelope import CloudEvent

BANGKOK = ZoneInfo("Asia/Bangkok")
PLACEMENT_FIELDS = ("esa", "cluster", "province")


@dataclass(frozen=True, order=True)
class Placement:
    since: date
    seq: int
    esa: str
    cluster: str
    province: str

    def fields(self) -> dict[str, str]:
        return {"esa": self.esa, "cluster": self.cluster, "province": self.province}


class Placements:
    """Every school's placements over time, from directory events."""

    def __init__(self, events: Iterable[CloudEvent] = ()) -> None:
        self._by_school: dict[str, list[Placement]] = defaultdict(list)
        self._seq = 0
        for event in events:
            self.add(event)

    def add(self, event: CloudEvent) -> None:
        d = event.data
        if event.type == "directory.SchoolRegistered":
            where = (d["esa"], d["cluster"], d["province"])
        elif event.type == "directory.SchoolMoved":
            where = (d["to_esa"], d["to_cluster"], d["province"])
        else:
            return
        self._seq += 1
        since = date.fromisoformat(str(d["effective_from"]))
        bisect.insort(self._by_school[d["school"]], Placement(since, self._seq, *where))

    def at(self, school: str, day: date) -> Placement | None:
        """The placement in force on `day` (the first one for days before any)."""
        history = self._by_school.get(school)
        if not history:
            return None
        current = history[0]
        for placement in history:
            if placement.since > day:
                break
            current = placement
        return current


def fact_day(event: CloudEvent) -> date:
    return event.time.astimezone(BANGKOK).date()


def _placed(item: dict[str, Any], placement: Placement | None) -> dict[str, Any]:
    if placement is None:
        return item
    fields = placement.fields()
    return item | {k: fields[k] for k in PLACEMENT_FIELDS if k in item}


def attribute(event: CloudEvent, placements: Placements, day: date) -> CloudEvent:
    """The event with its schools placed where they were on `day`."""
    if event.service == "directory":
        return event
    data = dict(event.data)
    school = data.get("school")
    if isinstance(school, str):
        data = _placed(data, placements.at(school, day))
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            data[key] = [
                _placed(v, placements.at(v["school"], day))
                if isinstance(v, dict) and isinstance(v.get("school"), str)
                else v
                for v in value
            ]
    return event.model_copy(update={"data": data})


def attributed(
    events: Iterable[CloudEvent], placements: Placements, organisation: str, today: date
) -> Iterable[CloudEvent]:
    """`organisation` "then" (the day of each fact) or "now" (today)."""
    for event in events:
        yield attribute(event, placements, today if organisation == "now" else fact_day(event))
