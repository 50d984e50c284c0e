"""Service request documents (form 4) with their history, and improvement documents (form 6)."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {
    "needs.ServiceRequested",
    "needs.ServiceRequestAccepted",
    "needs.ServiceScheduled",
    "needs.ServiceFulfilled",
    "needs.ServiceRequestDeclined",
    "needs.ServiceRated",
    "needs.ServiceImprovementRecorded",
}
FACTS = ("request_id", "school", "cluster", "esa", "province", "semester", "kind")
STATUS = {
    "ServiceRequested": "requested",
    "ServiceRequestAccepted": "accepted",
    "ServiceScheduled": "scheduled",
    "ServiceFulfilled": "fulfilled",
    "ServiceRequestDeclined": "declined",
}


def keys(event: CloudEvent) -> list[str]:
    d = event.data
    if event.type == "needs.ServiceImprovementRecorded":
        return [f"improvement:{d['improvement_id']}"]
    return [f"request:{d['request_id']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[keys(event)[0]]
    kind = event.type.removeprefix("needs.")
    if kind == "ServiceImprovementRecorded":
        doc.update({k: v for k, v in d.items() if k != "academic_year"}, record="improvement")
        doc["year"] = str(d["academic_year"])
        return
    doc.update({k: d[k] for k in FACTS}, record="request", year=str(d["academic_year"]))
    if kind == "ServiceRated":
        doc.update(rating=d["rating"], rating_comment=d.get("comment", ""), rated_on=d["rated_on"])
        return
    doc["status"] = STATUS[kind]
    doc.setdefault("history", []).append(_step(kind, d))
    if kind == "ServiceRequested":
        fields = ("subject", "details", "items", "needed_by", "requested_on", "due_on")
        doc.update({k: d.get(k) for k in fields})
    elif kind == "ServiceScheduled":
        doc.update(scheduled_on=d["scheduled_on"], due_on=d["due_on"])
    elif kind == "ServiceFulfilled":
        doc["fulfilled_on"] = d["fulfilled_on"]
    elif kind == "ServiceRequestDeclined":
        doc["decline_reason"] = d["reason"]


def _step(kind: str, d: dict[str, Any]) -> dict[str, Any]:
    on = next(
        (
            d[k]
            for k in ("requested_on", "accepted_on", "scheduled_on", "fulfilled_on", "declined_on")
            if k in d
        ),
        None,
    )
    return {"status": STATUS[kind], "on": on, "note": d.get("note") or d.get("reason") or ""}
