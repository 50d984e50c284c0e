"""`supervision_plans`: one document per ESA and semester: who looks after which school,
reassignments, planned visits and whether each took place."""

from __future__ import annotations

from typing import Any

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_plans"
PLAN_EVENTS = (
    "supervision.SchoolsAssigned",
    "supervision.SchoolReassigned",
    "supervision.VisitPlanned",
)


def plan_key(esa: str, year: Any, semester: Any) -> str:
    return f"plan:{esa}:{year}:{semester}"


class PlansView:
    name = MODEL
    sources = ["supervision"]
    indexes = [["kind", "esa", "year", "semester"]]

    def keys(self, event: CloudEvent) -> list[str]:
        d = event.data
        planned = event.type == "supervision.VisitRecorded" and d.get("planned_visit_id")
        if event.type in PLAN_EVENTS or planned:
            return [plan_key(d["esa"], d["academic_year"], d["semester"])]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[plan_key(d["esa"], d["academic_year"], d["semester"])]
        doc.update(
            kind="plan",
            esa=d["esa"],
            province=d["province"],
            year=str(d["academic_year"]),
            semester=str(d["semester"]),
        )
        assignments = doc.setdefault("assignments", {})
        planned = doc.setdefault("planned", {})
        if event.type == "supervision.SchoolsAssigned":
            for s in d["schools"]:
                assignments[s["school"]] = _who(d["supervisor"], d["supervisor_name"], s["cluster"])
        elif event.type == "supervision.SchoolReassigned":
            assignments[d["school"]] = _who(
                d["to_supervisor"], d["to_supervisor_name"], d["cluster"]
            )
            doc.setdefault("reassignments", []).append(
                {k: d[k] for k in ("school", "from_supervisor", "to_supervisor")}
                | {"at": event.time.isoformat()}
            )
        elif event.type == "supervision.VisitPlanned":
            keep = (
                "planned_visit_id",
                "school",
                "supervisor",
                "planned_on",
                "mode",
                "focus",
                "policies",
            )
            entry = planned.setdefault(d["planned_visit_id"], {"visit_id": None})
            entry.update({k: d[k] for k in keep})
        else:  # a visit that carried out a planned one (it may arrive before the plan)
            planned.setdefault(d["planned_visit_id"], {})["visit_id"] = d["visit_id"]


def _who(supervisor: str, name: str, cluster: str) -> dict[str, str]:
    return {"supervisor": supervisor, "supervisor_name": name, "cluster": cluster}
