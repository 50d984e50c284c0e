"""A school's supervision year for reporting: 4Q evaluation (scores, targets met, honours) and
its SAR's status; the ESA's SAR synthesis."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_school_year"
QUALITY = ("QualityAgreementSigned", "QualityEvaluated", "QualityHonourAwarded")
SAR = {
    "SarSubmitted": "received",
    "SarReturnedForCorrection": "returned",
    "SarAccepted": "accepted",
}


class SupervisionSchoolYear:
    name = MODEL
    sources = ["supervision"]
    indexes = [["kind", "esa", "year"], ["kind", "province", "year"], ["kind", "year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        kind, d = event.type.removeprefix("supervision."), event.data
        if kind in QUALITY:
            return [f"quality:{d['school']}:{d['academic_year']}"]
        if kind in SAR:
            return [f"sar:{d['school']}:{d['academic_year']}"]
        if kind == "SarSynthesisRecorded":
            return [f"synthesis:{d['esa']}:{d['academic_year']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        kind, d = event.type.removeprefix("supervision."), event.data
        key = self.keys(event)[0]
        doc = docs[key]
        doc.update(kind=key.split(":", 1)[0], esa=d["esa"], province=d["province"])
        doc["year"] = str(d["academic_year"])
        if "school" in d:
            doc.update(school=d["school"], cluster=d["cluster"])
        if kind == "QualityAgreementSigned":
            doc["targets"] = d["targets"]
        elif kind == "QualityEvaluated":
            keep = ("dimension_scores", "overall", "targets_met", "evaluated_on")
            doc.update({k: d[k] for k in keep})
        elif kind == "QualityHonourAwarded":
            doc.setdefault("honours", []).append(d["title_th"])
        elif kind in SAR:
            doc.update(status=SAR[kind], revision=d["revision"])
            doc["submissions"] = doc.get("submissions", 0) + (kind == "SarSubmitted")
        else:
            doc.update(schools_accepted=d["schools_accepted"], summary_th=d["summary_th"])
