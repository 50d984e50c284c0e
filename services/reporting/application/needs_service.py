"""The media service: requests open, overdue and fulfilled, and mean satisfaction.

An open request (requested, accepted or scheduled) is overdue when its due day is before the
day asked about (`on`, by default today in Thailand). Mean satisfaction is the sum of ratings
over their number at every level, never a mean of means.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from services.reporting.application.needs_labels import SERVICE_TH
from services.reporting.application.needs_scope import Doc, Store, answer
from services.reporting.projections.needs_service import MODEL

OPEN = {"requested", "accepted", "scheduled"}


def thai_today() -> date:
    return datetime.now(ZoneInfo("Asia/Bangkok")).date()


def _requests(docs: list[Doc], semester: int | None) -> list[Doc]:
    return [
        r
        for d in docs
        for r in d.get("requests", {}).values()
        if semester is None or r.get("semester") == semester
    ]


def _counts(rows: list[Doc], on: date) -> Doc:
    status = Counter(r["status"] for r in rows)
    return {
        "requests": len(rows),
        "open": sum(status[s] for s in OPEN),
        "overdue": sum(
            r["status"] in OPEN and r.get("due_on", "9999") < on.isoformat() for r in rows
        ),
        "fulfilled": status["fulfilled"],
        "declined": status["declined"],
    }


def figures(docs: list[Doc], semester: int | None, on: date) -> Doc:
    rows = _requests(docs, semester)
    ratings = [r["rating"] for r in rows if r.get("rating")]
    days = [
        (date.fromisoformat(r["fulfilled_on"]) - date.fromisoformat(r["requested_on"])).days
        for r in rows
        if r.get("fulfilled_on") and r.get("requested_on")
    ]
    spread = Counter(ratings)
    return {
        **_counts(rows, on),
        "ratings": len(ratings),
        "satisfaction_sum": sum(ratings),
        "satisfaction_mean": round(sum(ratings) / len(ratings), 2) if ratings else None,
        "rating_distribution": {str(n): spread.get(n, 0) for n in range(1, 6)},
        "mean_days_to_fulfil": round(sum(days) / len(days), 1) if days else None,
        "improvements": sum(len(d.get("improvements", {})) for d in docs),
        "by_kind": [
            {"kind": k, "kind_th": v, **_counts([r for r in rows if r["kind"] == k], on)}
            for k, v in SERVICE_TH.items()
        ],
    }


async def service(
    store: Store,
    level: str,
    code: str,
    year: int,
    semester: int | None = None,
    on: date | None = None,
) -> dict[str, Any]:
    day = on or thai_today()
    return await answer(
        store,
        MODEL,
        level,
        code,
        year,
        lambda docs: figures(docs, semester, day),
        semester=semester,
        on=day.isoformat(),
    )


async def service_esa(store: Store, esa: str, year: int, **kw: Any) -> Doc:
    return await service(store, "esa", esa, year, **kw)


async def service_province(store: Store, province: str, year: int, **kw: Any) -> Doc:
    return await service(store, "province", province, year, **kw)


async def service_nation(store: Store, year: int, **kw: Any) -> Doc:
    return await service(store, "nation", "th", year, **kw)
