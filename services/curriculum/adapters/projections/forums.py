"""`curriculum_forums`: one row per exchange forum of an ESA (when, how, topics, participants
per school, outcomes), for the ESA's list and a school's list of the forums it took part in."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import public
from kit.readmodel.store import ReadModelStore

MODEL = "curriculum_forums"
RECORDED = ("forum_id", "esa", "province", "semester", "title", "held_on", "format", "venue")
PARTICIPATION = ("others", "teachers", "administrators", "total")


class ForumsView:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        return [f"forum:{event.data['forum_id']}"] if event.subject.startswith("forum-") else []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"forum:{d['forum_id']}"]
        doc["year"] = str(d["academic_year"])
        if event.type == "curriculum.ExchangeForumRecorded":
            doc.update({k: d[k] for k in RECORDED}, topics=d["topics"])
        elif event.type == "curriculum.ForumParticipantsRecorded":
            doc.update({k: d[k] for k in PARTICIPATION}, schools=d["schools"])
        else:
            doc.update(outcomes=d["outcomes"], good_practices=d.get("good_practices", []))


async def forums(views: ReadModelStore, esa: str, year: int | None) -> list[dict[str, Any]]:
    """An ESA's forums, of a year if given, newest first."""
    flt: dict[str, Any] = {"esa": esa} | ({"year": str(year)} if year else {})
    rows = [public(d) for d in await views.find(MODEL, flt) if "held_on" in d]
    return sorted(rows, key=lambda r: (r["held_on"], r["forum_id"]), reverse=True)
