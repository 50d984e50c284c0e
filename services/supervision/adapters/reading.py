"""Reading the service's read models for its queries: lists narrowed to what the caller may
read, one document, a semester's plan. The engine's bookkeeping is never handed out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kit.readmodel.docs import public
from services.supervision.adapters.lookups import Views
from services.supervision.adapters.projections import plans

Admits = Callable[[dict[str, Any]], bool]


async def listing(
    views: Views, model: str, flt: dict[str, Any], admits: Admits | None = None
) -> list[dict[str, Any]]:
    """Documents of a view the caller may read, newest id first."""
    docs = [public(d) for d in await views.find(model, flt)]
    if admits is not None:
        docs = [d for d in docs if admits(d)]
    return sorted(docs, key=lambda d: d["_id"], reverse=True)


async def document(views: Views, model: str, key: str, kind: str) -> dict[str, Any] | None:
    doc = await views.get(model, key)
    return public(doc) if doc and doc.get("kind") == kind else None


async def plan(views: Views, esa: str, year: int, semester: int, admits: Admits) -> dict[str, Any]:
    """The semester's plan, with the assignments and planned visits of schools the caller reads."""
    found = await document(views, plans.MODEL, plans.plan_key(esa, year, semester), "plan")
    doc = found or {}
    whole = admits({"school": "", "esa": esa, "cluster": ""})  # the ESA as a whole
    assignments = {
        school: who
        for school, who in doc.get("assignments", {}).items()
        if whole or admits({"school": school, "esa": esa, "cluster": who.get("cluster", "")})
    }
    planned = {
        pid: p
        for pid, p in doc.get("planned", {}).items()
        if whole or p.get("school") in assignments
    }
    reassignments = [r for r in doc.get("reassignments", []) if r["school"] in assignments]
    return {
        "esa": esa,
        "year": year,
        "semester": semester,
        "assignments": assignments,
        "planned": planned,
        "reassignments": reassignments,
    }
