"""Teachers' class assessment records: one document per record (a teacher's class in a
semester) with its tools and learning products per kind and its latest results per
competency level."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "curriculum_class_assessments"
FACTS = ("school", "cluster", "esa", "province", "subject", "grade", "teacher")


class CurriculumClassAssessments:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type.startswith("curriculum.") and event.subject.startswith("classassess-"):
            return [f"record:{event.data['record_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"record:{d['record_id']}"]
        doc.update({k: d[k] for k in FACTS}, year=str(d["academic_year"]))
        doc["semester"] = str(d["semester"])
        tools, products = doc.setdefault("tools", {}), doc.setdefault("products", {})
        if event.type == "curriculum.ClassAssessmentOpened":
            doc["learners"] = d["learners"]
        elif event.type == "curriculum.AssessmentToolRegistered":
            tools[d["kind"]] = tools.get(d["kind"], 0) + 1
        elif event.type == "curriculum.LearningProductRecorded":
            products[d["kind"]] = products.get(d["kind"], 0) + 1
        elif event.type == "curriculum.ClassCompetencyResultsRecorded":
            doc.update(levels=d["levels"], results_revision=d["revision"])
