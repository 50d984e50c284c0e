"""Supervision visits as reporting needs them: per visit, its action items (open, done,
overdue) and its classroom observations' levels (overall and per indicator)."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_visit_facts"
TYPES = (
    "supervision.VisitRecorded",
    "supervision.VisitRevised",
    "supervision.ClassroomObserved",
    "supervision.ActionItemVerified",
    "supervision.ActionItemBecameOverdue",
)


class SupervisionVisits:
    name = MODEL
    sources = ["supervision"]
    indexes = [
        ["esa", "year", "semester"],
        ["province", "year", "semester"],
        ["year", "semester"],
        ["esa", "year"],
        ["province", "year"],
        ["year"],
    ]

    def keys(self, event: CloudEvent) -> list[str]:
        return [f"visit:{event.data['visit_id']}"] if event.type in TYPES else []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"visit:{d['visit_id']}"]
        doc.update(
            {k: d[k] for k in ("visit_id", "school", "cluster", "esa", "province", "supervisor")}
        )
        doc.update(year=str(d["academic_year"]), semester=str(d["semester"]))
        items = doc.setdefault("items", {})
        doc.setdefault("observations", {})
        kind = event.type.removeprefix("supervision.")
        if kind in ("VisitRecorded", "VisitRevised"):
            for i in d.get("action_items", []) + d.get("added_action_items", []):
                items[i["item_id"]] = {"due_on": i["due_on"], "done": False, "overdue": False}
        elif kind == "ClassroomObserved":
            doc["observations"][d["observation_id"]] = {
                "overall": d["overall_level"],
                "scores": d["scores"],
                "rubric": f"{d['rubric_id']}@{d['rubric_version']}",
            }
        elif kind == "ActionItemVerified":
            item = items.setdefault(d["item_id"], {"done": False, "overdue": False})
            item["done"] = item["done"] or d["outcome"] == "done"
        else:
            items.setdefault(d["item_id"], {"done": False})["overdue"] = True
