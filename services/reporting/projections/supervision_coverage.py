"""Supervision visit coverage: every school (from the directory, with its last visit) and one
document per school and semester with its visits.

Schools not visited in a semester are the ESA's schools without a visits document of that
semester; "not visited in 30 days" compares `last_visit_on` with the day asked about.
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs

MODEL = "supervision_coverage"
PLACED = ("directory.SchoolRegistered", "directory.SchoolMoved")


class SupervisionCoverage:
    name = MODEL
    sources = ["directory", "supervision"]
    indexes = [
        ["kind", "esa", "year", "semester"],
        ["kind", "province", "year", "semester"],
        ["kind", "year", "semester"],
        ["kind", "esa"],
        ["kind", "province"],
    ]

    def keys(self, event: CloudEvent) -> list[str]:
        d = event.data
        if event.type in PLACED:
            return [f"school:{d['school']}"]
        if event.type == "supervision.VisitRecorded":
            term = f"{d['academic_year']}:{d['semester']}"
            return [f"school:{d['school']}", f"visits:{d['school']}:{term}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        school = docs[f"school:{d['school']}"]
        if event.type == "directory.SchoolRegistered":
            school.update(kind="school", school=d["school"], esa=d["esa"], province=d["province"])
            school.update(cluster=d["cluster"], name_th=d.get("name_th", ""))
        elif event.type == "directory.SchoolMoved":
            school.update(esa=d["to_esa"], cluster=d["to_cluster"], province=d["province"])
        else:
            if d["occurred_on"] > school.get("last_visit_on", ""):
                school["last_visit_on"] = d["occurred_on"]
            visits = docs[f"visits:{d['school']}:{d['academic_year']}:{d['semester']}"]
            visits.update(
                kind="visits",
                school=d["school"],
                cluster=d["cluster"],
                esa=d["esa"],
                province=d["province"],
                year=str(d["academic_year"]),
                semester=str(d["semester"]),
            )
            visits["visits"] = visits.get("visits", 0) + 1
            modes = visits.setdefault("modes", {})
            modes[d["mode"]] = modes.get(d["mode"], 0) + 1
