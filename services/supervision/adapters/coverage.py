"""Visit coverage of an ESA's schools in a semester, per school and per supervisor: visits
this semester, not visited this semester, not visited in the last 30 days (counted back from
the service clock's Thai day). Narrowed to the schools the caller reads."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from services.supervision.adapters.lookups import Views
from services.supervision.adapters.projections import schools
from services.supervision.adapters.reading import Admits
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
    views: Views, esa: str, term: tuple[int, int], today: date, admits: Admits
) -> dict[str, Any]:
    docs = await views.find(schools.MODEL, {"kind": "school", "esa": esa})
    key = term_key(*term)
    rows = sorted(
        (school_coverage(d, key, today) for d in docs if admits(d)), key=lambda r: r["school"]
    )
    return {
        "esa": esa,
        "year": term[0],
        "semester": term[1],
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
