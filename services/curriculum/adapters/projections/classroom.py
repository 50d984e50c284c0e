"""`curriculum_class_assessments`: one row per teacher's class assessment record (tools and
products so far, whether results are recorded), for a school's list."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import public
from kit.readmodel.store import ReadModelStore

MODEL = "curriculum_class_assessments"
OPENED: tuple[str, ...] = (
    "record_id",
    "school",
    "school_name",
    "cluster",
    "esa",
    "subject",
    "grade",
)
OPENED += ("teacher", "teacher_name", "learners")


class ClassAssessmentsView:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["school", "year"], ["esa", "year"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.subject.startswith("classassess-"):
            return [f"record:{event.data['record_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"record:{d['record_id']}"]
        doc.setdefault("tools", 0)
        doc.setdefault("products", 0)
        doc.setdefault("results_revision", 0)
        doc.update(year=str(d["academic_year"]), semester=str(d["semester"]))
        if event.type == "curriculum.ClassAssessmentOpened":
            doc.update({k: d[k] for k in OPENED})
        elif "tool_no" in d:
            doc["tools"] = d["tool_no"]
        elif "product_no" in d:
            doc["products"] = d["product_no"]
        else:
            doc["results_revision"] = d["revision"]


async def records(
    views: ReadModelStore, where: dict[str, str], year: int | None, semester: int | None
) -> list[dict[str, Any]]:
    flt: dict[str, Any] = dict(where) | ({"year": str(year)} if year else {})
    flt |= {"semester": str(semester)} if semester else {}
    rows = [public(d) for d in await views.find(MODEL, flt) if "record_id" in d]
    return sorted(rows, key=lambda r: (r["school"], r["record_id"]))
