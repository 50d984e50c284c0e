"""Follow-ups of the schools' use of media (needs step 5, form 5): one document per ESA and
academic year.

`followups` maps each follow-up to its school, cluster, semester, mode, quality level and
the uses it found of the records it names (counts per use: in use, partly, not used).
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_media_followups"
TYPE = "needs.MediaUseFollowedUp"


class NeedsMediaFollowups:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == TYPE:
            return [f"followups:{event.data['esa']}:{event.data['academic_year']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[self.keys(event)[0]]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        uses: dict[str, int] = {}
        for use in d.get("uses", []):
            uses[use["use"]] = uses.get(use["use"], 0) + 1
        doc.setdefault("followups", {})[d["followup_id"]] = {
            "school": d["school"],
            "cluster": d["cluster"],
            "semester": d["semester"],
            "mode": d["mode"],
            "level": d["quality_level"],
            "uses": uses,
        }
