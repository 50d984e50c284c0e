"""Response documents: the latest answers of one school to one campaign, and every revision."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

TYPES = {"needs.SurveyResponseSubmitted", "needs.SurveyResponseReturned"}


def keys(event: CloudEvent) -> list[str]:
    return [f"response:{event.data['campaign_id']}:{event.data['school']}"]


def apply(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[keys(event)[0]]
    doc.update(
        record="response",
        campaign_id=d["campaign_id"],
        school=d["school"],
        cluster=d["cluster"],
        esa=d["esa"],
        province=d["province"],
        year=str(d["academic_year"]),
    )
    at = event.time.isoformat()
    if event.type == "needs.SurveyResponseSubmitted":
        doc.update(
            status="submitted",
            revision=d["revision"],
            template_id=d["template_id"],
            template_version=d["template_version"],
            answers=d["answers"],
            needs=d["needs"],
            submitted_at=at,
        )
        doc.setdefault("revisions", []).append(
            {
                "revision": d["revision"],
                "template_version": d["template_version"],
                "answers": d["answers"],
                "correction": d.get("correction", False),
                "at": at,
            }
        )
    else:
        doc["status"] = "returned"
        doc.setdefault("returns", []).append(
            {
                "revision": d["revision"],
                "reason": d["reason"],
                "correct_by": d["correct_by"],
                "at": at,
            }
        )
