"""`supervision_provinces`: a province's own records, one document per province and year each:
its SAR cycle (briefings, guidelines, synthesis committee, syntheses with the driving
committee's decisions, the provincial report, and the step it has reached) and its supervision
committee."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_provinces"
CYCLE = {
    "SarBriefingHeld": "briefed",
    "SarGuidelinesIssued": "guidelines_issued",
    "SarSynthesisCommitteeAppointed": "committee_appointed",
    "ProvincialSarSynthesisRecorded": "awaiting_approval",
    "ProvincialSarSynthesisApproved": "approved",
    "ProvincialSarSynthesisReturned": "returned",
    "ProvincialSarReportIssued": "reported",
}
STEPS = list(dict.fromkeys(CYCLE.values()))  # in the order of the manual
PREPARING = ("briefed", "guidelines_issued", "committee_appointed")
COMMITTEE = "SupervisionCommitteeAppointed"


def province_key(kind: str, province: str, year: Any) -> str:
    return f"{kind}:{province}:{year}"


class ProvincesView:
    name = MODEL
    sources = ["supervision"]
    indexes = [["kind", "province", "year"], ["kind", "year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        kind, d = event.type.removeprefix("supervision."), event.data
        if kind in CYCLE:
            return [province_key("sar", d["province"], d["academic_year"])]
        if kind == COMMITTEE:
            return [province_key("committee", d["province"], d["academic_year"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        kind, d = event.type.removeprefix("supervision."), event.data
        name = "committee" if kind == COMMITTEE else "sar"
        doc = docs[province_key(name, d["province"], d["academic_year"])]
        doc.update(kind=name, province=d["province"], year=str(d["academic_year"]))
        fields = {k: v for k, v in d.items() if k not in ("province", "academic_year")}
        if kind == COMMITTEE:
            doc.update(fields, appointed_at=event.time.isoformat())
            return
        doc["step"] = _step(doc.get("step"), CYCLE[kind])
        FOLD[kind](doc, fields, event)


def _step(now: str | None, then: str) -> str:
    """The step the cycle is at: a preparing step never takes it back (a second briefing, a
    new version of the guidelines); the synthesis' decisions set it."""
    if then in PREPARING and now is not None and STEPS.index(now) > STEPS.index(then):
        return now
    return then


def _briefing(doc: dict[str, Any], d: dict[str, Any], event: CloudEvent) -> None:
    doc.setdefault("briefings", []).append(d)


def _set(key: str) -> Any:
    def fold(doc: dict[str, Any], d: dict[str, Any], event: CloudEvent) -> None:
        doc[key] = d | {"at": event.time.isoformat()}

    return fold


def _synthesis(doc: dict[str, Any], d: dict[str, Any], event: CloudEvent) -> None:
    doc["synthesis"] = d | {"at": event.time.isoformat(), "status": "awaiting_approval"}
    doc.setdefault("decisions", [])


def _decision(doc: dict[str, Any], d: dict[str, Any], event: CloudEvent) -> None:
    status = "approved" if event.type.endswith("Approved") else "returned"
    doc.setdefault("synthesis", {})["status"] = status
    decision = {"revision": d["revision"], "decision": status, "at": event.time.isoformat()}
    doc.setdefault("decisions", []).append(decision | {"reasons": d.get("reasons", [])})


FOLD = {
    "SarBriefingHeld": _briefing,
    "SarGuidelinesIssued": _set("guidelines"),
    "SarSynthesisCommitteeAppointed": _set("committee"),
    "ProvincialSarSynthesisRecorded": _synthesis,
    "ProvincialSarSynthesisApproved": _decision,
    "ProvincialSarSynthesisReturned": _decision,
    "ProvincialSarReportIssued": _set("report"),
}
