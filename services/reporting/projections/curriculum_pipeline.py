"""Curriculum pipeline: one document per curriculum case (finer than an ESA).

Each document holds the case's current stage and since when, the time already spent in each
stage it left (from the events' own times), how often it entered each stage, and the
decisions taken per committee. Time in the current stage and overdue cases are computed when
asked (services.reporting.application.curriculum_figures); ESA, province and nation are sums
of these documents.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "curriculum_pipeline"


class CurriculumPipeline:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type.startswith("curriculum.") and event.subject.startswith("case-"):
            return [f"case:{event.data['case_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"case:{d['case_id']}"]
        doc.update(
            case_id=d["case_id"],
            school=d["school"],
            esa=d["esa"],
            province=d["province"],
            year=str(d["academic_year"]),
            curriculum_type=int(d["curriculum_type"]),
        )
        for name in ("stage_seconds", "stage_entries", "decisions"):
            doc.setdefault(name, {})
        if event.type == "curriculum.CurriculumCaseOpened":
            doc.update(school_name=d.get("school_name", ""), opened_at=event.time.isoformat())
        if "stage" in d and d["stage"] != doc.get("stage"):
            _enter(doc, d["stage"], event.time)
        if "decision_no" in d:
            committee = doc["decisions"].setdefault(d["committee"], {})
            committee[d["outcome"]] = committee.get(d["outcome"], 0) + 1


def _enter(doc: dict[str, Any], stage: str, at: datetime) -> None:
    left = doc.get("stage")
    if left is not None:
        spent = (at - datetime.fromisoformat(doc["stage_since"])).total_seconds()
        doc["stage_seconds"][left] = doc["stage_seconds"].get(left, 0.0) + max(spent, 0.0)
    doc["stage_entries"][stage] = doc["stage_entries"].get(stage, 0) + 1
    doc.update(stage=stage, stage_since=at.isoformat())
