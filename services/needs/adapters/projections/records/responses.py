"""Response documents: the latest answers of one school to one campaign, and every revision."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {"needs.SurveyResponseSubmitted", "needs.SurveyResponseReturned"}


def keys(event: CloudEvent) -> list[str]:
    return [f"response:{event.data['campaign_id']}:{event.data['school']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[keys(event)[0]]
    facts = ("campaign_id", "school", "cluster", "esa", "province")
    doc.update({k: d[k] for k in facts}, record="response", year=str(d["academic_year"]))
    if event.type == "needs.SurveyResponseSubmitted":
        _submitted(doc, d, event.time.isoformat())
        return
    doc["status"] = "returned"
    returned = {k: d[k] for k in ("revision", "reason", "correct_by")}
    doc.setdefault("returns", []).append(returned | {"at": event.time.isoformat()})


def _submitted(doc: dict[str, Any], d: dict[str, Any], at: str) -> None:
    latest = ("revision", "template_id", "template_version", "answers", "needs")
    doc.update({k: d[k] for k in latest}, status="submitted", submitted_at=at)
    revision = {k: d[k] for k in ("revision", "template_version", "answers")}
    revision |= {"correction": d.get("correction", False), "at": at}
    doc.setdefault("revisions", []).append(revision)
