"""What supervisors, directors and schools read: visit coverage per school and per supervisor,
and the service's lists. Scope checks are the routes'; `school` narrows an answer to one school.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kit.readmodel.docs import public
from services.supervision.application.views import PLANS, SCHOOLS, VISITS, Views
from services.supervision.domain.terms import term_key

RECENT_DAYS = 30


def school_coverage(doc: dict[str, Any], term: str, today: date) -> dict[str, Any]:
    last = doc.get("last_visit_on")
    who = doc.get("supervisors", {}).get(term, {})
    visits = doc.get("visits", {}).get(term, 0)
    return {
        "school": doc["school"],
        "name_th": doc.get("name_th", ""),
        "cluster": doc.get("cluster", ""),
        "supervisor": who.get("supervisor"),
        "supervisor_name": who.get("name", ""),
        "visits_this_semester": visits,
        "last_visit_on": last,
        "not_visited_this_semester": visits == 0,
        "not_visited_in_30_days": last is None
        or date.fromisoformat(last) < today - timedelta(days=RECENT_DAYS),
    }


async def coverage(
    views: Views, esa: str, year: int, semester: int, today: date, school: str | None = None
) -> dict[str, Any]:
    docs = await views.find(SCHOOLS, {"kind": "school", "esa": esa})
    term = term_key(year, semester)
    rows = sorted(
        (school_coverage(d, term, today) for d in docs if school in (None, d["school"])),
        key=lambda r: r["school"],
    )
    return {
        "esa": esa,
        "year": year,
        "semester": semester,
        "as_of": today.isoformat(),
        **_counts(rows),
        "schools": rows,
        "supervisors": _by_supervisor(rows),
    }


def _counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    return {
        "school_count": len(rows),
        "not_visited_this_semester": sum(r["not_visited_this_semester"] for r in rows),
        "not_visited_in_30_days": sum(r["not_visited_in_30_days"] for r in rows),
    }


def _by_supervisor(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r["supervisor"] or "", []).append(r)
    return [
        {
            "supervisor": who or None,
            "supervisor_name": mine[0]["supervisor_name"],
            **_counts(mine),
            "schools_not_visited_this_semester": [
                r["school"] for r in mine if r["not_visited_this_semester"]
            ],
            "schools_not_visited_in_30_days": [
                r["school"] for r in mine if r["not_visited_in_30_days"]
            ],
        }
        for who, mine in sorted(groups.items())
    ]


async def plan(views: Views, esa: str, year: int, semester: int) -> dict[str, Any]:
    doc = await views.get(PLANS, f"plan:{esa}:{year}:{semester}")
    if doc is None or doc.get("kind") != "plan":
        return {
            "esa": esa,
            "year": str(year),
            "semester": str(semester),
            "assignments": {},
            "planned": {},
        }
    return public(doc)


async def listing(
    views: Views, model: str, flt: dict[str, Any], school: str | None
) -> list[dict[str, Any]]:
    """Documents of a view, narrowed to one school's when `school` is given, newest id first."""
    docs = [public(d) for d in await views.find(model, flt)]
    if school is not None:
        docs = [d for d in docs if d.get("school") == school]
    return sorted(docs, key=lambda d: d["_id"], reverse=True)


async def visit(views: Views, visit_id: str) -> dict[str, Any] | None:
    doc = await views.get(VISITS, f"visit:{visit_id}")
    return public(doc) if doc and doc.get("kind") == "visit" else None
