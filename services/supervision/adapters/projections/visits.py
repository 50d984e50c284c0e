"""`supervision_visits`: visit records as people read them, one document per action item (what
the overdue watch scans) and one per follow-up scheduled by policy."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_visits"
FACTS = ("visit_id", "esa", "province", "school", "cluster", "supervisor")
CONTENT = (
    "mode",
    "occurred_at",
    "occurred_on",
    "recorded_at",
    "drafted_at",
    "focus",
    "policies",
    "project",
    "findings",
    "recommendations",
    "evidence",
    "planned_visit_id",
    "follow_up_id",
)


def item_key(visit_id: str, item_id: str) -> str:
    return f"item:{visit_id}:{item_id}"


class VisitsView:
    name = MODEL
    sources = ["supervision"]
    indexes = [
        ["kind", "esa", "year", "semester"],
        ["kind", "esa", "status"],
        ["kind", "status"],
        ["kind", "esa", "year"],
    ]

    def keys(self, event: CloudEvent) -> list[str]:
        d = event.data
        kind = event.type.removeprefix("supervision.")
        if kind == "FollowUpSupervisionScheduled":
            return [f"followup:{d['follow_up_id']}"]
        if "visit_id" not in d:
            return []
        keys = [f"visit:{d['visit_id']}"]
        items = d.get("action_items", []) + d.get("added_action_items", [])
        keys += [item_key(d["visit_id"], i["item_id"]) for i in items]
        if "item_id" in d:
            keys.append(item_key(d["visit_id"], d["item_id"]))
        if d.get("follow_up_id"):
            keys.append(f"followup:{d['follow_up_id']}")
        return keys

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        kind = event.type.removeprefix("supervision.")
        if kind == "FollowUpSupervisionScheduled":
            _follow_up(docs, d)
            return
        visit = docs[f"visit:{d['visit_id']}"]
        _facts(visit, d, "visit")
        APPLY.get(kind, _ignore)(docs, visit, event)


def _facts(doc: dict[str, Any], d: dict[str, Any], kind: str) -> None:
    doc.update({k: d[k] for k in FACTS}, kind=kind)
    doc.update(year=str(d["academic_year"]), semester=str(d["semester"]))


def _recorded(docs: Docs, visit: dict[str, Any], event: CloudEvent) -> None:
    d = event.data
    visit.update({k: d.get(k) for k in CONTENT}, revision=1, status="pending")
    visit.setdefault("observations", [])
    visit["revisions"] = [{"revision": 1, "at": event.time.isoformat(), "by": event.actorid}]
    _add_items(docs, visit, d, d["action_items"])
    if d.get("follow_up_id"):
        docs[f"followup:{d['follow_up_id']}"]["visit_id"] = d["visit_id"]


def _revised(docs: Docs, visit: dict[str, Any], event: CloudEvent) -> None:
    d = event.data
    visit.update(d["changes"], revision=d["revision"], status="pending")
    visit.setdefault("revisions", []).append(
        {
            "revision": d["revision"],
            "at": event.time.isoformat(),
            "by": event.actorid,
            "changed": sorted(d["changes"]),
        }
    )
    _add_items(docs, visit, d, d["added_action_items"])


def _add_items(docs: Docs, visit: dict[str, Any], d: dict[str, Any], items: list[Any]) -> None:
    for i in items:
        doc = docs[item_key(d["visit_id"], i["item_id"])]
        _facts(doc, d, "item")
        doc.update(i, status="open", overdue=False, verifications=[])
        visit.setdefault("action_items", {})[i["item_id"]] = {**i, "status": "open"}


def _observed(docs: Docs, visit: dict[str, Any], event: CloudEvent) -> None:
    keep = (
        "observation_id",
        "rubric_id",
        "rubric_version",
        "teacher",
        "subject_area",
        "grade_level",
        "scores",
        "overall_level",
        "notes",
    )
    visit.setdefault("observations", []).append({k: event.data[k] for k in keep})


def _answered(docs: Docs, visit: dict[str, Any], event: CloudEvent) -> None:
    d = event.data
    status = "acknowledged" if event.type.endswith("Acknowledged") else "disputed"
    visit["status"] = status
    visit["school_answer"] = {
        "status": status,
        "revision": d["revision"],
        "by": d["by"],
        "comment": d.get("comment", ""),
        "at": event.time.isoformat(),
    }


def _item_changed(docs: Docs, visit: dict[str, Any], event: CloudEvent) -> None:
    d = event.data
    item = docs[item_key(d["visit_id"], d["item_id"])]
    _facts(item, d, "item")
    if event.type.endswith("BecameOverdue"):
        item["overdue"] = True
        item["overdue_on"] = d["overdue_on"]
        if item.get("status") == "open":
            item["status"] = "overdue"
    else:
        keep = ("at_visit_id", "verified_on", "outcome", "note")
        item.setdefault("verifications", []).append({k: d[k] for k in keep})
        if d["outcome"] == "done":
            item["status"] = "done"
    summary = visit.setdefault("action_items", {}).setdefault(d["item_id"], {})
    summary.update(status=item.get("status"), overdue=item.get("overdue", False))


def _follow_up(docs: Docs, d: dict[str, Any]) -> None:
    doc = docs[f"followup:{d['follow_up_id']}"]
    keep = (
        "follow_up_id",
        "case_id",
        "school",
        "cluster",
        "esa",
        "province",
        "curriculum_type",
        "approved_by",
        "approved_at",
        "due_by",
        "focus_th",
    )
    doc.update({k: d[k] for k in keep}, kind="followup", year=str(d["academic_year"]))
    doc.setdefault("visit_id", None)


def _ignore(docs: Docs, visit: dict[str, Any], event: CloudEvent) -> None:
    return None


APPLY = {
    "VisitRecorded": _recorded,
    "VisitRevised": _revised,
    "ClassroomObserved": _observed,
    "VisitAcknowledged": _answered,
    "VisitDisputed": _answered,
    "ActionItemVerified": _item_changed,
    "ActionItemBecameOverdue": _item_changed,
}
