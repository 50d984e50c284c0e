"""Media and innovation production by quality level, kind and learning area (form 3).

Per ESA: records registered, and counts per quality level (the latest evaluation), kind and
learning area, in the semester asked for (all year when none). A record the school withdrew
is not counted.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.breakdown import answer
from services.reporting.application.needs_labels import CATEGORY_TH, LEVEL_TH, SUBJECT_TH, th
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows, fresh
from services.reporting.projections.needs_production import MODEL

ZERO: Doc = {"registered": 0, "levels": {}, "kinds": {}, "subjects": {}}


def _count(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    rows: Rows = {}
    for doc in await r.find(MODEL, {**scope, "year": str(year)}, ("esa", "records")):
        row = rows.setdefault(doc["esa"], fresh(ZERO))
        for rec in doc.get("records", {}).values():
            if semester is not None and rec.get("semester") != semester:
                continue
            row["registered"] += 1
            if rec.get("level"):
                _count(row["levels"], rec["level"])
            _count(row["kinds"], rec["kind"])
            _count(row["subjects"], rec["subject"])
    return rows


PRODUCTION = Rollup("needs_production", (MODEL,), _rows)


def figures(row: Doc) -> Doc:
    levels, kinds = row["levels"], row["kinds"]
    evaluated = sum(levels.values())
    return {
        "registered": row["registered"],
        "evaluated": evaluated,
        "not_evaluated": row["registered"] - evaluated,
        "by_level": [
            {"level": k, "level_th": v, "count": levels.get(k, 0)} for k, v in LEVEL_TH.items()
        ],
        "by_kind": [
            {"kind": k, "kind_th": v, "count": kinds.get(k, 0)} for k, v in CATEGORY_TH.items()
        ],
        "by_subject": [
            {"subject": k, "subject_th": th(SUBJECT_TH, k), "count": n}
            for k, n in sorted(row["subjects"].items())
        ],
    }


async def production(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> dict[str, Any]:
    return await answer(
        store, PRODUCTION, level, code, year, (semester,), figures, ZERO, semester=semester
    )
