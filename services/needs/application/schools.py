"""The schools a command concerns, as the needs service knows them from the directory."""

from __future__ import annotations

from typing import Any

from kit.errors import NotFound, RuleViolation
from kit.readmodel.store import ReadModelStore
from services.needs.domain import events as ev

SCHOOLS = "needs_schools"


async def schools_of(views: ReadModelStore, esa: str) -> list[dict[str, Any]]:
    docs = await views.find(SCHOOLS, {"esa": esa})
    return sorted(docs, key=lambda d: d["school"])


async def target_schools(
    views: ReadModelStore, esa: str, kind: str, cluster: str | None, schools: list[str]
) -> list[ev.TargetSchool]:
    """The campaign's target schools as the directory knows them now."""
    flt: dict[str, Any] = {"esa": esa}
    if kind == "cluster":
        flt["cluster"] = cluster
    known = {d["school"]: d for d in await views.find(SCHOOLS, flt)}
    if kind == "cluster" and not known:
        raise RuleViolation(
            "ไม่พบกลุ่มโรงเรียนนี้ในเขตพื้นที่",
            "No such school cluster in this ESA.",
            code="unknown_cluster",
        )
    if kind == "list":
        unknown = sorted(set(schools) - set(known))
        if unknown:
            raise RuleViolation(
                "มีรหัสโรงเรียนที่ไม่อยู่ในเขตพื้นที่นี้",
                "Some schools are not in this ESA.",
                code="unknown_schools",
                details={"schools": unknown},
            )
        known = {s: known[s] for s in schools}
    return [_target(d) for _, d in sorted(known.items())]


async def placement(views: ReadModelStore, esa: str, school: str) -> ev.TargetSchool:
    """The school's cluster and name; a school outside the ESA is not found."""
    doc = await views.get(SCHOOLS, f"school:{school}")
    if doc is None or doc.get("esa") != esa:
        raise NotFound(
            "ไม่พบโรงเรียนนี้ในเขตพื้นที่", "No such school in this ESA.", code="school_not_found"
        )
    return _target(doc)


def _target(doc: dict[str, Any]) -> ev.TargetSchool:
    return ev.TargetSchool(
        school=doc["school"], cluster=doc["cluster"], name_th=doc.get("name_th", "")
    )
