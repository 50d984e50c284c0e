"""`curriculum_schools`: a tolerant reader of the directory (which schools exist, their name,
ESA, cluster and province, and which are sandbox pilot schools), and the lookups commands make
in it. Its facts are eventual (a change in the directory arrives a moment later): see
docs/curriculum.md, "Commands that decide on read-model data"."""

from __future__ import annotations

from typing import Any

from kit.errors import NotFound, RuleViolation
from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.store import ReadModelStore
from services.curriculum.domain.schools import School

MODEL = "curriculum_schools"
SOURCES = (
    "directory.SchoolRegistered",
    "directory.SchoolRenamed",
    "directory.SchoolMoved",
    "directory.SandboxPilotStatusChanged",
)


class SchoolsView:
    name = MODEL
    sources = ["directory"]
    indexes = [["esa"], ["province"]]

    def keys(self, event: CloudEvent) -> list[str]:
        return [f"school:{event.data['school']}"] if event.type in SOURCES else []

    def apply(self, docs: Docs, event: CloudEvent) -> None:
        d = event.data
        doc = docs[f"school:{d['school']}"]
        if event.type == "directory.SchoolRegistered":
            doc.update(
                school=d["school"],
                name_th=d.get("name_th", ""),
                esa=d["esa"],
                cluster=d["cluster"],
                province=d["province"],
                sandbox_pilot=bool(d.get("sandbox_pilot", False)),
            )
        elif event.type == "directory.SchoolRenamed":
            doc["name_th"] = d.get("name_th", doc.get("name_th", ""))
        elif event.type == "directory.SchoolMoved":
            doc.update(esa=d["to_esa"], cluster=d["to_cluster"], province=d["province"])
        else:
            doc["sandbox_pilot"] = bool(d["sandbox_pilot"])


async def school_doc(views: ReadModelStore, school: str) -> dict[str, Any] | None:
    doc = await views.get(MODEL, f"school:{school}")
    return doc if doc and "esa" in doc else None


async def school_in_esa(
    views: ReadModelStore, esa: str, school: str, *, named_in_path: bool = False
) -> School:
    """A school of this ESA as a command names it: one its path names is not found (404)
    elsewhere; one its body names is refused as unknown (422)."""
    doc = await school_doc(views, school)
    if doc is not None and doc["esa"] == esa:
        return School.of(doc)
    refusal = NotFound if named_in_path else RuleViolation
    raise refusal(
        "ไม่พบโรงเรียนนี้ในเขตพื้นที่การศึกษานี้",
        "No such school in this ESA.",
        code="school_not_found" if named_in_path else "unknown_school",
        details={"school": school, "esa": esa},
    )


async def school_at(views: ReadModelStore, esa: str, school: str) -> School:
    """A school a path names."""
    return await school_in_esa(views, esa, school, named_in_path=True)


async def schools_named(views: ReadModelStore, codes: list[str]) -> dict[str, School]:
    """The listed schools the view knows, by code (unknown codes are left out)."""
    keys = [f"school:{code}" for code in codes]
    known = await views.find(MODEL, {"_id": {"$in": keys}}) if keys else []
    return {d["school"]: School.of(d) for d in known if "esa" in d}
