"""Media and innovation production by quality level, kind and learning area (form 3)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from services.reporting.application.needs_labels import CATEGORY_TH, LEVEL_TH, SUBJECT_TH, th
from services.reporting.application.needs_scope import Doc, Store, answer
from services.reporting.projections.needs_production import MODEL


def records(docs: list[Doc], semester: int | None) -> list[Doc]:
    return [
        r
        for d in docs
        for r in d.get("records", {}).values()
        if semester is None or r.get("semester") == semester
    ]


def figures(docs: list[Doc], semester: int | None) -> Doc:
    rows = records(docs, semester)
    levels = Counter(r["level"] for r in rows if r.get("level"))
    kinds = Counter(r["kind"] for r in rows)
    subjects = Counter(r["subject"] for r in rows)
    return {
        "registered": len(rows),
        "evaluated": sum(levels.values()),
        "not_evaluated": len(rows) - sum(levels.values()),
        "by_level": [
            {"level": k, "level_th": v, "count": levels.get(k, 0)} for k, v in LEVEL_TH.items()
        ],
        "by_kind": [
            {"kind": k, "kind_th": v, "count": kinds.get(k, 0)} for k, v in CATEGORY_TH.items()
        ],
        "by_subject": [
            {"subject": k, "subject_th": th(SUBJECT_TH, k), "count": n}
            for k, n in sorted(subjects.items())
        ],
    }


async def production(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> dict[str, Any]:
    return await answer(
        store, MODEL, level, code, year, lambda docs: figures(docs, semester), semester=semester
    )


async def production_esa(store: Store, esa: str, year: int, semester: int | None = None) -> Doc:
    return await production(store, "esa", esa, year, semester)


async def production_province(
    store: Store, province: str, year: int, semester: int | None = None
) -> Doc:
    return await production(store, "province", province, year, semester)


async def production_nation(store: Store, year: int, semester: int | None = None) -> Doc:
    return await production(store, "nation", "th", year, semester)
