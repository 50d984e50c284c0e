"""The media service: requests open, overdue and fulfilled, and mean satisfaction.

An open request (requested, accepted or scheduled) is overdue when its due day is before the
day asked about (`on`, by default today in Thailand). Mean satisfaction is the sum of ratings
over their number at every level, never a mean of means; so is the mean time to fulfil.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from services.reporting.application.breakdown import answer
from services.reporting.application.needs_labels import SERVICE_TH
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows, fresh
from services.reporting.projections.needs_service import MODEL

OPEN = {"requested", "accepted", "scheduled"}
COUNTS = ("requests", "open", "overdue", "fulfilled", "declined")
ZERO: Doc = {
    **dict.fromkeys(COUNTS, 0),
    "ratings": 0,
    "satisfaction_sum": 0,
    "rating_distribution": {str(n): 0 for n in range(1, 6)},
    "days_sum": 0,
    "days_counted": 0,
    "improvements": 0,
    "kinds": {k: dict.fromkeys(COUNTS, 0) for k in SERVICE_TH},
}


def thai_today() -> date:
    return datetime.now(ZoneInfo("Asia/Bangkok")).date()


def _counted(counts: Doc, request: Doc, on: str) -> None:
    status = request["status"]
    counts["requests"] += 1
    counts["open"] += status in OPEN
    counts["overdue"] += status in OPEN and request.get("due_on", "9999") < on
    counts["fulfilled"] += status == "fulfilled"
    counts["declined"] += status == "declined"


def _rated(row: Doc, request: Doc) -> None:
    if request.get("rating"):
        row["ratings"] += 1
        row["satisfaction_sum"] += request["rating"]
        spread = row["rating_distribution"]
        spread[str(request["rating"])] = spread.get(str(request["rating"]), 0) + 1
    if request.get("fulfilled_on") and request.get("requested_on"):
        done = date.fromisoformat(request["fulfilled_on"])
        row["days_sum"] += (done - date.fromisoformat(request["requested_on"])).days
        row["days_counted"] += 1


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    semester, on = variant
    rows: Rows = {}
    fields = ("esa", "requests", "improvements")
    for doc in await r.find(MODEL, {**scope, "year": str(year)}, fields):
        row = rows.setdefault(doc["esa"], fresh(ZERO))
        row["improvements"] += len(doc.get("improvements", {}))
        for request in doc.get("requests", {}).values():
            if semester is None or request.get("semester") == semester:
                _counted(row, request, on)
                _rated(row, request)
                if request["kind"] in row["kinds"]:
                    _counted(row["kinds"][request["kind"]], request, on)
    return rows


SERVICE = Rollup("needs_service", (MODEL,), _rows)


def figures(row: Doc) -> Doc:
    ratings, days = row["ratings"], row["days_counted"]
    return {
        **{k: row[k] for k in COUNTS},
        "ratings": ratings,
        "satisfaction_sum": row["satisfaction_sum"],
        "satisfaction_mean": round(row["satisfaction_sum"] / ratings, 2) if ratings else None,
        "rating_distribution": row["rating_distribution"],
        "mean_days_to_fulfil": round(row["days_sum"] / days, 1) if days else None,
        "improvements": row["improvements"],
        "by_kind": [{"kind": k, "kind_th": v, **row["kinds"][k]} for k, v in SERVICE_TH.items()],
    }


async def service(
    store: Store,
    level: str,
    code: str,
    year: int,
    semester: int | None = None,
    on: date | None = None,
) -> dict[str, Any]:
    day = (on or thai_today()).isoformat()
    return await answer(
        store, SERVICE, level, code, year, (semester, day), figures, ZERO, semester=semester, on=day
    )
