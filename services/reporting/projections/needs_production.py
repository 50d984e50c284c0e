"""Media and innovation production (form 3): one document per ESA and academic year.

`records` maps each production record to its school, cluster, kind, learning area, semester
and latest quality level (None until evaluated). Re-evaluation replaces the level; a record
the school withdrew leaves the map (and the counts).
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_production"
TYPES = ("needs.ProductionRegistered", "needs.ProductionEvaluated", "needs.ProductionWithdrawn")


class NeedsProduction:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in TYPES:
            return [f"production:{event.data['esa']}:{event.data['academic_year']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[self.keys(event)[0]]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        if event.type == "needs.ProductionWithdrawn":
            doc.setdefault("records", {}).pop(d["production_id"], None)
            return
        entry = doc.setdefault("records", {}).setdefault(d["production_id"], {"level": None})
        entry.update(
            school=d["school"],
            cluster=d["cluster"],
            kind=d["kind"],
            subject=d["subject"],
            semester=d["semester"],
        )
        if event.type == "needs.ProductionEvaluated":
            entry.update(level=d["quality_level"], mean=d["mean"])
