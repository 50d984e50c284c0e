"""The year's summary reports of cooperation with partners (sandbox manual, item 8.3), one
document per ESA and academic year: the latest report's revision, day, the cooperations it
summarised and the schools they reached."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_partnership_reports"
TYPE = "supervision.PartnershipSummaryReported"


def report_key(esa: str, year: object) -> str:
    return f"partnershipreport:{esa}:{year}"


class SupervisionPartnershipReports:
    name = MODEL
    sources = ["supervision"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == TYPE:
            return [report_key(event.data["esa"], event.data["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[report_key(d["esa"], d["academic_year"])]
        doc.update(esa=d["esa"], province=d["province"], year=str(d["academic_year"]))
        doc.update(
            revision=d["revision"],
            reported_on=str(d["reported_on"]),
            reported_to=d["reported_to"],
            partnerships=len(d["partnerships"]),
            schools=len(d["schools"]),
        )
