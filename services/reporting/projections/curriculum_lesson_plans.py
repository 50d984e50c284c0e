"""Teachers' lesson plans: one document per plan (finer than an ESA) with its learning area,
grade, document versions and the feedback given on it (how much, by coaches, the last verdict)."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "curriculum_lesson_plans"
FACTS = ("school", "cluster", "esa", "province", "subject", "grade", "teacher")


class CurriculumLessonPlans:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["province", "year"], ["year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.type.startswith("curriculum.") and event.subject.startswith("lessonplan-"):
            return [f"plan:{event.data['plan_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"plan:{d['plan_id']}"]
        doc.update({k: d[k] for k in FACTS}, year=str(d["academic_year"]))
        for name in ("versions", "feedback", "coach_feedback"):
            doc.setdefault(name, 0)
        if event.type == "curriculum.LessonPlanVersionAdded":
            doc["versions"] = d["document_version"]
        elif event.type == "curriculum.LessonPlanFeedbackGiven":
            doc["feedback"] += 1
            doc["coach_feedback"] += 1 if d.get("as_coach") else 0
            doc["last_verdict"] = d["verdict"]
