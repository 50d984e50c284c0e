"""`curriculum_lesson_plans`: one row per teacher's lesson plan (learning area, grade, latest
document version, feedback so far), for a school's list and a supervisor's list of the ESA."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import public
from kit.readmodel.store import ReadModelStore

MODEL = "curriculum_lesson_plans"
STARTED = "curriculum.LessonPlanStarted"
ROW: tuple[str, ...] = ("plan_id", "school", "school_name", "cluster", "esa", "subject", "grade")
ROW += ("teacher", "teacher_name", "title", "competencies")


class LessonPlansView:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["school", "year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        return [f"plan:{event.data['plan_id']}"] if event.subject.startswith("lessonplan-") else []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"plan:{d['plan_id']}"]
        doc.setdefault("document_version", 0)
        doc.setdefault("feedback", 0)
        doc.update(year=str(d["academic_year"]), updated_at=event.time.isoformat())
        if event.type == STARTED:
            doc.update({k: d[k] for k in ROW})
        elif "feedback_no" in d:
            doc["feedback"] = d["feedback_no"]
            doc["last_feedback"] = {
                k: d[k] for k in ("verdict", "document_version", "giver_name", "as_coach")
            } | {"given_at": d["given_at"]}
        elif "document_version" in d:
            doc["document_version"] = d["document_version"]


async def plans(
    views: ReadModelStore, where: dict[str, str], year: int | None
) -> list[dict[str, Any]]:
    """Plans of an ESA or a school (`where`), of a year if given, by school and plan."""
    flt: dict[str, Any] = dict(where) | ({"year": str(year)} if year else {})
    rows = [public(d) for d in await views.find(MODEL, flt) if "plan_id" in d]
    return sorted(rows, key=lambda r: (r["school"], r["plan_id"]))
