"""Cooperation with public and private partners (form 7): one document per ESA and academic
year; `records` maps each cooperation to its partner, sector, activity, the schools it
supports, its first day and semester."""

from __future__ import annotations

from datetime import date

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import safe_key
from kit.thai import semester

MODEL = "supervision_partnerships"
TYPE = "supervision.PartnerCooperationRecorded"


def partnerships_key(esa: str, year: object) -> str:
    return f"partnerships:{esa}:{year}"


class SupervisionPartnerships:
    name = MODEL
    sources = ["supervision"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == TYPE:
            return [partnerships_key(event.data["esa"], event.data["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[partnerships_key(d["esa"], d["academic_year"])]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        started = str(d["started_on"])
        doc.setdefault("records", {})[safe_key(d["record_id"])] = {
            "record_id": d["record_id"],
            "partner": d["partner"],
            "sector": d["sector"],
            "activity": d.get("activity", ""),
            "schools": sorted(set(d.get("schools", []))),
            "started_on": started,
            "semester": semester(date.fromisoformat(started)),
        }
