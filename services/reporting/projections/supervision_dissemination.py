"""Dissemination of the ESA's work (form 8): one document per ESA and academic year;
`records` maps each dissemination to its title, channel, day, semester, audience and reach."""

from __future__ import annotations

from datetime import date

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import safe_key
from kit.thai import semester

MODEL = "supervision_dissemination"
TYPE = "supervision.DisseminationRecorded"


def dissemination_key(esa: str, year: object) -> str:
    return f"dissemination:{esa}:{year}"


class SupervisionDissemination:
    name = MODEL
    sources = ["supervision"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == TYPE:
            return [dissemination_key(event.data["esa"], event.data["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[dissemination_key(d["esa"], d["academic_year"])]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        published = str(d["published_on"])
        doc.setdefault("records", {})[safe_key(d["record_id"])] = {
            "record_id": d["record_id"],
            "title": d["title"],
            "channel": d["channel"],
            "published_on": published,
            "semester": semester(date.fromisoformat(published)),
            "audience": d.get("audience", ""),
            "reach": int(d.get("reach", 0)),
        }
