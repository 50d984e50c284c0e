"""`curriculum_meetings`: committee meetings with their agendas and the decisions taken at
them (decisions come from the cases' streams, joined when read), and the queries the API makes
in it."""

from __future__ import annotations

from typing import Any

from kit.errors import NotFound
from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import public
from kit.readmodel.store import ReadModelStore
from services.curriculum.domain.events.cases import DecisionFacts

MODEL = "curriculum_meetings"


class MeetingsView:
    name = MODEL
    sources = ["curriculum"]
    indexes = [["province", "year"], ["province", "committee"]]

    def keys(self, event: CloudEvent) -> list[str]:
        if event.subject.startswith("meeting-") or event.data.get("meeting_id"):
            return [f"meeting:{event.data['meeting_id']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"meeting:{d['meeting_id']}"]
        doc.setdefault("agenda", [])
        doc.setdefault("decisions", {})
        if event.type == "curriculum.CommitteeMeetingScheduled":
            doc.update(
                meeting_id=d["meeting_id"],
                committee=d["committee"],
                province=d["province"],
                year=str(d["academic_year"]),
                meets_on=d["meets_on"],
                title=d["title"],
                number=d.get("number", ""),
                location=d.get("location", ""),
            )
        elif event.type == "curriculum.CaseAddedToAgenda":
            item = {k: d[k] for k in ("item_no", "case_id", "school", "esa", "curriculum_type")}
            doc["agenda"].append(item | {"document_version": d["document_version"]})
        elif "decision_no" in d:
            facts = {k: d.get(k) for k in DecisionFacts.model_fields}
            doc["decisions"].setdefault(d["case_id"], []).append(facts)


async def meetings_of(views: ReadModelStore, tenant: str, year: int | None) -> list[dict[str, Any]]:
    """A province's (or the nation's) meetings, newest first, each item with its decisions."""
    flt: dict[str, Any] = {"province": tenant} | ({"year": str(year)} if year else {})
    docs = await views.find(MODEL, flt)
    found = [with_decisions(d) for d in docs if d.get("committee")]
    return sorted(found, key=lambda m: (m["meets_on"], m["meeting_id"]), reverse=True)


async def meeting_of(views: ReadModelStore, tenant: str, meeting_id: str) -> dict[str, Any]:
    doc = await views.get(MODEL, f"meeting:{meeting_id}")
    if doc is None or doc.get("province") != tenant or not doc.get("committee"):
        raise NotFound(
            "ไม่พบการประชุมนี้",
            "No such committee meeting.",
            code="meeting_not_found",
            details={"meeting_id": meeting_id},
        )
    return with_decisions(doc)


def with_decisions(doc: dict[str, Any]) -> dict[str, Any]:
    """Each agenda item with the decisions taken on it at this meeting."""
    meeting = public(doc)
    decisions = meeting.pop("decisions", {})
    meeting["agenda"] = [
        item | {"decisions": decisions.get(item["case_id"], [])}
        for item in sorted(meeting.get("agenda", []), key=lambda i: i["item_no"])
    ]
    return meeting
