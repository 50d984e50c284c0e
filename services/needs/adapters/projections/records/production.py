"""Production record documents (form 3): the record, its evidence and its evaluations."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {
    "needs.ProductionRegistered",
    "needs.ProductionEvidenceAdded",
    "needs.ProductionEvaluated",
    "needs.ProductionWithdrawn",
}
FACTS = ("production_id", "school", "cluster", "esa", "province", "semester")


def keys(event: CloudEvent) -> list[str]:
    return [f"production:{event.data['production_id']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[keys(event)[0]]
    doc.update({k: d[k] for k in FACTS}, record="production", year=str(d["academic_year"]))
    kind = event.type.removeprefix("needs.")
    if kind == "ProductionRegistered":
        fields = ("title", "kind", "subject", "grade_levels", "authors", "description")
        doc.update({k: d[k] for k in fields}, registered_on=d["registered_on"])
        doc["evidence"] = d["evidence"] + doc.get("evidence", [])
    elif kind == "ProductionEvidenceAdded":
        doc.setdefault("evidence", []).extend(d["evidence"])
    elif kind == "ProductionWithdrawn":
        doc["withdrawn"] = {"reason": d["reason"], "withdrawn_on": d["withdrawn_on"]}
    else:
        evaluation = {
            k: d[k]
            for k in ("evaluation", "standard", "scores", "mean", "quality_level", "comment")
        }
        evaluation["evaluated_on"] = d["evaluated_on"]
        doc.setdefault("evaluations", []).append(evaluation)
        doc.update(quality_level=d["quality_level"], mean=d["mean"], evaluated_on=d["evaluated_on"])
