"""Dispatch documents (step 3): the model media sent, the schools they went to, and each
school's receipt (from the school's own stream, so it may arrive before the dispatch)."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {"needs.ModelMediaSent", "needs.ModelMediaReceived"}
SENT = ("title", "purpose", "media", "channel", "target_kind", "target_cluster", "sent_on")


def keys(event: CloudEvent) -> list[str]:
    return [f"dispatch:{event.data['dispatch_id']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[keys(event)[0]]
    doc.update(record="dispatch", dispatch_id=d["dispatch_id"], esa=d["esa"])
    doc.update(province=d["province"], year=str(d["academic_year"]), semester=d["semester"])
    receipts = doc.setdefault("receipts", {})
    if event.type == "needs.ModelMediaSent":
        doc.update({k: d.get(k) for k in SENT})
        doc["targets"] = {
            t["school"]: {"cluster": t["cluster"], "name_th": t.get("name_th", "")}
            for t in d["target_schools"]
        }
        return
    receipts[d["school"]] = {
        "cluster": d["cluster"],
        "received_on": d["received_on"],
        "note": d.get("note", ""),
        "at": event.time.isoformat(),
    }
