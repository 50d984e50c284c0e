"""`supervision_schools`: the organisation as this service needs it (a tolerant reader of the
directory's events): every province and ESA, and every school with its ESA, cluster and
province, its supervisor per semester, its visits per semester and its last visit ever.

This is what "not visited this semester" and "not visited in 30 days" are answered from, and
where commands find the schools they name.
"""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs
from services.supervision.domain.terms import term_key

MODEL = "supervision_schools"
PLACED = ("directory.SchoolRegistered", "directory.SchoolMoved")
UNITS = ("directory.ProvinceRegistered", "directory.EsaRegistered")


class SchoolsView:
    name = MODEL
    sources = ["directory", "supervision"]
    indexes = [["kind", "esa"], ["kind", "esa", "cluster"], ["kind", "province"]]

    def keys(self, event: CloudEvent) -> list[str]:
        d = event.data
        if event.type == "directory.ProvinceRegistered":
            return [f"province:{d['province']}"]
        if event.type == "directory.EsaRegistered":
            return [f"esa:{d['esa']}"]
        if event.type in PLACED or event.type == "supervision.VisitRecorded":
            return [f"school:{d['school']}"]
        if event.type == "supervision.SchoolsAssigned":
            return [f"school:{s['school']}" for s in d["schools"]]
        if event.type == "supervision.SchoolReassigned":
            return [f"school:{d['school']}"]
        return []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        if event.type in UNITS:
            _unit(docs, event)
        elif event.type in PLACED:
            _place(docs, event)
        elif event.type == "supervision.SchoolsAssigned":
            term = term_key(d["academic_year"], d["semester"])
            who = {"supervisor": d["supervisor"], "name": d["supervisor_name"]}
            for s in d["schools"]:
                docs[f"school:{s['school']}"].setdefault("supervisors", {})[term] = who
        elif event.type == "supervision.SchoolReassigned":
            term = term_key(d["academic_year"], d["semester"])
            who = {"supervisor": d["to_supervisor"], "name": d["to_supervisor_name"]}
            docs[f"school:{d['school']}"].setdefault("supervisors", {})[term] = who
        else:
            _visited(docs, event)


def _unit(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    if event.type == "directory.ProvinceRegistered":
        doc = docs[f"province:{d['province']}"]
        doc.update(kind="province", province=d["province"])
    else:
        doc = docs[f"esa:{d['esa']}"]
        doc.update(kind="esa", esa=d["esa"], province=d["province"])
    doc["name_th"] = d.get("name_th", "")


def _place(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[f"school:{d['school']}"]
    doc["kind"] = "school"
    doc["school"] = d["school"]
    if event.type == "directory.SchoolRegistered":
        doc.update(esa=d["esa"], cluster=d["cluster"], province=d["province"])
        doc["name_th"] = d.get("name_th", "")
    else:
        doc.update(esa=d["to_esa"], cluster=d["to_cluster"], province=d["province"])


def _visited(docs: Docs, event: CloudEvent) -> None:
    d = event.data
    doc = docs[f"school:{d['school']}"]
    term = term_key(d["academic_year"], d["semester"])
    visits = doc.setdefault("visits", {})
    visits[term] = visits.get(term, 0) + 1
    day = d["occurred_on"]
    if day > doc.get("last_visit_on", ""):
        doc["last_visit_on"] = day
        doc["last_visit_id"] = d["visit_id"]
