"""Model media sent to schools (needs step 3, ส่งต้นแบบของหน่วยงาน): one document per ESA that
sent them and academic year.

`dispatches` maps each dispatch to its semester, channel, the kinds of its media, the schools
it went to (with their clusters) and each school's day of receipt. A receipt counts in the
document of the ESA that sent the media (the stream's tenant), with the dispatch's year, so
a dispatch and its receipts always sit together.
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "needs_model_media"
TYPES = ("needs.ModelMediaSent", "needs.ModelMediaReceived")


class NeedsModelMedia:
    name = MODEL
    sources = ["needs"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type in TYPES:
            return [f"model_media:{event.tenantid}:{event.data['academic_year']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[self.keys(event)[0]]
        doc.update(esa=event.tenantid, province=event.provinceid, year=str(d["academic_year"]))
        entry = doc.setdefault("dispatches", {}).setdefault(d["dispatch_id"], {"received": {}})
        entry["semester"] = d["semester"]
        if event.type == "needs.ModelMediaReceived":
            entry["received"][d["school"]] = d["received_on"]
            return
        entry.update(
            sent_on=d["sent_on"],
            channel=d["channel"],
            kinds=[m["kind"] for m in d["media"]],
            targets={t["school"]: t["cluster"] for t in d["target_schools"]},
        )
