"""`supervision_records`: a school's year (4Q baseline, agreement, evaluation and honours; the
SAR; its honoured teachers) and the ESA's records (rubrics, training events, partners and the
year's partnership summary, dissemination, the SAR synthesis), one document each."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_records"
QUALITY = (
    "QualityBaselineRecorded",
    "QualityAgreementSigned",
    "QualityEvaluated",
    "QualityHonourAwarded",
)
SAR = ("SarSubmitted", "SarReturnedForCorrection", "SarAccepted")
ESA_RECORDS = {
    "TrainingHeld": ("training", "training_id"),
    "TrainingParticipantsAdded": ("training", "training_id"),
    "PartnerCooperationRecorded": ("partnership", "record_id"),
    "DisseminationRecorded": ("dissemination", "record_id"),
}
ESA_YEAR = {"SarSynthesisRecorded": "synthesis", "PartnershipSummaryReported": "partnershipsummary"}


def record_key(kind: str, d: dict[str, Any]) -> str:
    if kind in QUALITY:
        return f"quality:{d['school']}:{d['academic_year']}"
    if kind in SAR:
        return f"sar:{d['school']}:{d['academic_year']}"
    if kind == "TeacherHonoured":
        return f"teachers:{d['school']}:{d['academic_year']}"
    if kind in ESA_RECORDS:
        name, id_field = ESA_RECORDS[kind]
        return f"{name}:{d[id_field]}"
    if kind in ESA_YEAR:
        return f"{ESA_YEAR[kind]}:{d['esa']}:{d['academic_year']}"
    if kind == "RubricVersionPublished":
        return f"rubric:{d['esa']}:{d['rubric_id']}"
    return ""


class RecordsView:
    name = MODEL
    sources = ["supervision"]
    indexes = [
        ["kind", "esa", "year"],
        ["kind", "esa"],
        ["kind", "school"],
        ["kind", "province", "year"],
    ]

    def keys(self, event: CloudEvent) -> list[str]:
        key = record_key(event.type.removeprefix("supervision."), event.data)
        return [key] if key else []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        kind = event.type.removeprefix("supervision.")
        d = event.data
        doc = docs[record_key(kind, d)]
        doc.update(kind=record_key(kind, d).split(":", 1)[0], esa=d["esa"], province=d["province"])
        if "academic_year" in d:
            doc["year"] = str(d["academic_year"])
        if "school" in d:
            doc.update(school=d["school"], cluster=d["cluster"])
        FOLD.get(kind, _whole)(doc, kind, d, event)
        if kind.startswith("Training"):
            doc["participant_count"] = len(doc.get("participants", []))


def _quality(doc: dict[str, Any], kind: str, d: dict[str, Any], event: CloudEvent) -> None:
    doc.setdefault("honours", [])
    if kind == "QualityBaselineRecorded":
        keep: tuple[str, ...] = ("scores", "problems", "needs", "priorities", "collected_on")
        doc["baseline"] = {k: d[k] for k in keep}
    elif kind == "QualityAgreementSigned":
        keep = ("targets", "signed_on", "school_director", "esa_director")
        doc["agreement"] = {k: d[k] for k in keep}
    elif kind == "QualityEvaluated":
        keep = (
            "indicators",
            "dimension_scores",
            "overall",
            "targets_met",
            "evaluated_on",
            "evaluation",
        )
        doc.update({k: d[k] for k in keep})
    else:
        doc["honours"].append({k: d[k] for k in ("honour_id", "title_th", "awarded_on")})


def _sar(doc: dict[str, Any], kind: str, d: dict[str, Any], event: CloudEvent) -> None:
    status = {"SarSubmitted": "received", "SarReturnedForCorrection": "returned"}.get(
        kind, "accepted"
    )
    doc.update(status=status, revision=d["revision"])
    if kind == "SarSubmitted":
        doc["document"] = d["document"]
    step = {
        "status": status,
        "revision": d["revision"],
        "at": event.time.isoformat(),
        "by": event.actorid,
    }
    if d.get("reasons"):
        step["reasons"] = d["reasons"]
    doc.setdefault("history", []).append(step)


def _teacher(doc: dict[str, Any], kind: str, d: dict[str, Any], event: CloudEvent) -> None:
    keep = ("honour_id", "teacher", "position", "work_th", "subject_area", "title_th")
    honour = {k: d[k] for k in keep} | {"awarded_on": d["awarded_on"]}
    honour |= {"awarded_by": d["awarded_by"], "evidence": d["evidence"]}
    doc.setdefault("honours", []).append(honour)


def _rubric(doc: dict[str, Any], kind: str, d: dict[str, Any], event: CloudEvent) -> None:
    doc.update(rubric_id=d["rubric_id"], title=d["title"], latest=d["version"])
    doc.setdefault("versions", {})[str(d["version"])] = d["indicators"]


def _participants(doc: dict[str, Any], kind: str, d: dict[str, Any], event: CloudEvent) -> None:
    doc.setdefault("participants", []).extend(d["participants"])


def _whole(doc: dict[str, Any], kind: str, d: dict[str, Any], event: CloudEvent) -> None:
    doc.update({k: v for k, v in d.items() if k != "academic_year"})
    doc["recorded_at"] = event.time.isoformat()


FOLD = {
    **dict.fromkeys(QUALITY, _quality),
    **dict.fromkeys(SAR, _sar),
    "TeacherHonoured": _teacher,
    "RubricVersionPublished": _rubric,
    "TrainingParticipantsAdded": _participants,
}
