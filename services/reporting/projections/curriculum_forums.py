"""Exchange forums: one document per forum (it belongs to the ESA that held it) with its
semester, the teachers who took part per school of that ESA, others, topics and outcomes."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "curriculum_forums"


class CurriculumForums:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type.startswith("curriculum.") and event.subject.startswith("forum-"):
            return [f"forum:{event.data['forum_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"forum:{d['forum_id']}"]
        doc.update(
            esa=d["esa"],
            province=d["province"],
            year=str(d["academic_year"]),
            semester=str(d["semester"]),
        )
        if event.type == "curriculum.ExchangeForumRecorded":
            doc.update(held_on=d["held_on"], topics=len(d["topics"]))
        elif event.type == "curriculum.ForumParticipantsRecorded":
            doc["schools"] = {s["school"]: s["teachers"] for s in d["schools"]}
            doc.update({k: d[k] for k in ("teachers", "administrators", "others", "total")})
        elif event.type == "curriculum.ForumOutcomesRecorded":
            doc["outcomes"] = len(d["outcomes"])
