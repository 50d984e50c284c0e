"""Follow-up documents (step 5, form 5): one per record of how a school uses its media."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {"needs.MediaUseFollowedUp"}
FIELDS = (
    "followup_id",
    "school",
    "cluster",
    "esa",
    "province",
    "semester",
    "visited_on",
    "mode",
    "scores",
    "mean",
    "quality_level",
    "uses",
    "findings",
    "recommendations",
)


def keys(event: CloudEvent) -> list[str]:
    return [f"followup:{event.data['followup_id']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[keys(event)[0]]
    doc.update({k: d.get(k) for k in FIELDS}, record="followup", year=str(d["academic_year"]))
    doc["by"] = {"actor": event.actorid, "role": event.actorrole}
