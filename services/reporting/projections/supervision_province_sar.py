"""A province's own supervision records, one document per province and academic year: its
SAR cycle (the step reached, briefings, the guidelines' version, the synthesis committee's
size, the ESAs its latest synthesis took in and those of the synthesis approved, the day of
the provincial report) and its supervision committee (members, the schools it supports per
ESA)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_province_sar"
STEPS = {
    "SarBriefingHeld": "briefed",
    "SarGuidelinesIssued": "guidelines_issued",
    "SarSynthesisCommitteeAppointed": "committee_appointed",
    "ProvincialSarSynthesisRecorded": "awaiting_approval",
    "ProvincialSarSynthesisApproved": "approved",
    "ProvincialSarSynthesisReturned": "returned",
    "ProvincialSarReportIssued": "reported",
}
ORDER = list(STEPS.values())
PREPARING = ORDER[:3]
COMMITTEE = "SupervisionCommitteeAppointed"


def province_key(province: str, year: object) -> str:
    return f"province:{province}:{year}"


class SupervisionProvinceSar:
    name = MODEL
    sources = ["supervision"]
    indexes = [["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        kind = event.type.removeprefix("supervision.")
        if kind in STEPS or kind == COMMITTEE:
            return [province_key(event.data["province"], event.data["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d, kind = event.data, event.type.removeprefix("supervision.")
        doc = docs[province_key(d["province"], d["academic_year"])]
        doc.update(province=d["province"], year=str(d["academic_year"]))
        if kind == COMMITTEE:
            esas = Counter(s["esa"] for s in d["schools"])
            doc["supervision_committee"] = {"members": len(d["members"]), "schools": dict(esas)}
            return
        now, then = doc.get("step"), STEPS[kind]
        keep = then in PREPARING and now is not None and ORDER.index(now) > ORDER.index(then)
        doc["step"] = now if keep else then
        _fold(doc, kind, d)


def _fold(doc: dict[str, Any], kind: str, d: dict[str, Any]) -> None:
    if kind == "SarBriefingHeld":
        doc["briefings"] = doc.get("briefings", 0) + 1
    elif kind == "SarGuidelinesIssued":
        doc["guidelines_version"] = d["version"]
    elif kind == "SarSynthesisCommitteeAppointed":
        doc["committee_members"] = len(d["members"])
    elif kind == "ProvincialSarSynthesisRecorded":
        doc["included"] = sorted(e["esa"] for e in d["esas"])
        doc["synthesis_revision"] = d["revision"]
    elif kind == "ProvincialSarSynthesisApproved":
        doc["approved"] = doc.get("included", [])
    elif kind == "ProvincialSarReportIssued":
        doc["reported_on"] = str(d["reported_on"])
