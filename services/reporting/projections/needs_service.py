"""The media service (forms 4 and 6): one document per ESA and academic year.

`requests` maps each request to its school, kind, semester, status, due day, days and rating;
`improvements` maps each recorded improvement to its day. Whether an open request is overdue
depends on the day asked about, so queries decide it from `due_on`.
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_service"
STATUS = {
    "needs.ServiceRequested": "requested",
    "needs.ServiceRequestAccepted": "accepted",
    "needs.ServiceScheduled": "scheduled",
    "needs.ServiceFulfilled": "fulfilled",
    "needs.ServiceRequestDeclined": "declined",
}
TYPES = (*STATUS, "needs.ServiceRated", "needs.ServiceImprovementRecorded")


class NeedsService:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in TYPES:
            return [f"service:{event.data['esa']}:{event.data['academic_year']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[self.keys(event)[0]]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        doc.setdefault("requests", {})
        doc.setdefault("improvements", {})
        if event.type == "needs.ServiceImprovementRecorded":
            doc["improvements"][d["improvement_id"]] = d["recorded_on"]
            return
        entry = doc["requests"].setdefault(d["request_id"], {"status": "requested", "rating": None})
        entry.update(
            school=d["school"], cluster=d["cluster"], kind=d["kind"], semester=d["semester"]
        )
        if event.type == "needs.ServiceRated":
            entry["rating"] = d["rating"]
            return
        entry["status"] = STATUS[event.type]
        for field in ("requested_on", "due_on", "fulfilled_on"):
            if d.get(field):
                entry[field] = d[field]
