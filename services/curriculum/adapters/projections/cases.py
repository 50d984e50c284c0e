"""`curriculum_cases`: one row per case for the worklists of schools, ESAs and committees
(stage and since when, type, document version, submissions, the latest decision), and the
queries the API makes in it."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import public
from kit.readmodel.store import ReadModelStore

MODEL = "curriculum_cases"


class CasesView:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["esa", "year"], ["province", "stage"], ["stage"], ["school"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.subject.startswith("case-"):
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
            curriculum_type=d["curriculum_type"],
            updated_at=event.time.isoformat(),
        )
        if event.type == "curriculum.CurriculumCaseOpened":
            doc.update(title=d["title"], school_name=d["school_name"], cluster=d["cluster"])
            doc.update(opened_at=event.time.isoformat(), submissions=0, document_version=0)
        if "stage" in d and d["stage"] != doc.get("stage"):
            doc.update(stage=d["stage"], stage_since=event.time.isoformat())
        if "document_version" in d:
            doc["document_version"] = max(doc.get("document_version", 0), d["document_version"])
        if "submission_no" in d:
            doc["submissions"] = d["submission_no"]
        if "decision_no" in d:
            doc["last_decision"] = {
                "decision_no": d["decision_no"],
                "committee": d["committee"],
                "outcome": d["outcome"],
                "decided_at": d["decided_at"],
            }


async def cases(
    views: ReadModelStore, where: dict[str, str], year: int | None, stage: str | None
) -> list[dict[str, Any]]:
    """Cases matching `where` (an ESA, a province, or all), of a year and stage if given."""
    flt: dict[str, Any] = dict(where)
    flt |= ({"year": str(year)} if year else {}) | ({"stage": stage} if stage else {})
    return [public(d) for d in await views.find(MODEL, flt) if "stage" in d]
