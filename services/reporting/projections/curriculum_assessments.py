"""Competency assessment summaries: one document per school, academic year and semester,
holding the school's latest report (learners per competency level)."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "curriculum_assessments"


class CurriculumAssessments:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year", "semester"], ["province", "year", "semester"], ["year", "semester"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type == "curriculum.CompetencyAssessmentReported":
            d = event.data
            return [f"assessment:{d['school']}-{d['academic_year']}-{d['semester']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        docs[f"assessment:{d['school']}-{d['academic_year']}-{d['semester']}"].update(
            school=d["school"],
            cluster=d.get("cluster", ""),
            esa=d["esa"],
            province=d["province"],
            year=str(d["academic_year"]),
            semester=str(d["semester"]),
            revision=d["revision"],
            learners=d["learners"],
            levels=d["levels"],
            reported_at=event.time.isoformat(),
        )
