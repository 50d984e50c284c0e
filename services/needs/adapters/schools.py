"""The schools a command concerns, read from the service's `needs_schools` view.

They are the directory's schools as this service last heard of them: eventual data, on
purpose (docs/needs.md, "Decisions on read-model data").
"""

from __future__ import annotations

from typing import Any

from kit.errors import NotFound
from kit.readmodel.store import ReadModelStore
from services.needs.adapters.projections.schools import MODEL
from services.needs.domain.commands.common import Target, TargetKind
from services.needs.domain.events import TargetSchool


async def schools_of(views: ReadModelStore, esa: str) -> list[dict[str, Any]]:
    docs = await views.find(MODEL, {"esa": esa})
    return sorted(docs, key=lambda d: d["school"])


async def known_for(views: ReadModelStore, esa: str, target: Target) -> list[TargetSchool]:
    """The ESA's schools a target chooses from: the cluster's for a cluster, else all."""
    flt: dict[str, Any] = {"esa": esa}
    if target.kind is TargetKind.CLUSTER:
        flt["cluster"] = target.cluster
    return [_school(d) for d in await views.find(MODEL, flt)]


async def placement(views: ReadModelStore, esa: str, school: str) -> TargetSchool:
    """The school's cluster and name; a school outside the ESA is not found."""
    doc = await views.get(MODEL, f"school:{school}")
    if doc is None or doc.get("esa") != esa:
        raise NotFound(
            "ไม่พบโรงเรียนนี้ในเขตพื้นที่",
            "No such school in this ESA.",
            code="school_not_found",
            details={"school": school},
        )
    return _school(doc)


def _school(doc: dict[str, Any]) -> TargetSchool:
    return TargetSchool(
        school=doc["school"], cluster=doc["cluster"], name_th=doc.get("name_th", "")
    )
