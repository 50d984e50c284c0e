"""Needs ranked by category and learning area, at ESA, province and nation level.

A group (category, learning area) ranks by the number of responses expressing at least one
of its needs, then by mentions. Each school's latest revision counts once per campaign. Per
ESA: the campaigns' sums per group and item, added up; a province adds its ESAs' sums.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.breakdown import answer
from services.reporting.application.needs_labels import CATEGORY_TH, SUBJECT_TH, th
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows, add
from services.reporting.projections.needs_ranking import MODEL

TOP_ITEMS = 5
ZERO: Doc = {"campaigns": 0, "responses": 0, "groups": {}}


def _sums(doc: Doc) -> Doc:
    """A campaign's groups and items that some response still expresses."""
    groups = {}
    for key, g in doc.get("groups", {}).items():
        if g["responses"] > 0:
            items = {k: it for k, it in g["items"].items() if it["responses"] > 0}
            groups[key] = {**g, "items": items}
    return {"campaigns": 1, "responses": doc.get("responses", 0), "groups": groups}


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    rows: Rows = {}
    fields = ("esa", "responses", "groups")
    for doc in await r.find(MODEL, {**scope, "year": str(year)}, fields):
        rows[doc["esa"]] = add(rows.get(doc["esa"]), _sums(doc))
    return rows


RANKING = Rollup("needs_ranking", (MODEL,), _rows)


def ranking(row: Doc, category: str | None = None, subject: str | None = None) -> list[Doc]:
    """Summed groups ranked, those of `category` and `subject` when given."""
    rows = [
        _row(g)
        for g in row["groups"].values()
        if (not category or g["category"] == category) and (not subject or g["subject"] == subject)
    ]
    rows.sort(key=lambda r: (-r["responses"], -r["mentions"], r["category"], r["subject"]))
    return [{"rank": i, **r} for i, r in enumerate(rows, start=1)]


def _row(g: Doc) -> Doc:
    items = sorted(g["items"].values(), key=lambda it: (-it["responses"], it["item"]))
    return {
        "category": g["category"],
        "category_th": th(CATEGORY_TH, g["category"]),
        "subject": g["subject"],
        "subject_th": th(SUBJECT_TH, g["subject"]),
        "responses": g["responses"],
        "mentions": g["mentions"],
        "amount": round(g["amount"], 2),
        "top_items": [
            {
                "item": it["item"],
                "responses": it["responses"],
                "amount": round(it["amount"], 2),
                "label_th": it.get("label_th", ""),
            }
            for it in items[:TOP_ITEMS]
        ],
    }


def figures(row: Doc, category: str | None = None, subject: str | None = None) -> Doc:
    return {
        "campaigns": row["campaigns"],
        "responses": row["responses"],
        "ranking": ranking(row, category, subject),
    }


async def needs_ranking(
    store: Store,
    level: str,
    code: str,
    year: int,
    category: str | None = None,
    subject: str | None = None,
) -> dict[str, Any]:
    return await answer(
        store,
        RANKING,
        level,
        code,
        year,
        (),
        lambda row: figures(row, category, subject),
        ZERO,
        category=category,
        subject=subject,
    )
