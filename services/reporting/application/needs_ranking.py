"""Needs ranked by category and learning area, at ESA, province and nation level.

A group (category, learning area) ranks by the number of responses expressing at least one
of its needs, then by mentions. Each school's latest revision counts once per campaign.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from services.reporting.application.needs_labels import CATEGORY_TH, SUBJECT_TH, th
from services.reporting.application.needs_scope import Doc, Store, answer
from services.reporting.projections.needs_ranking import MODEL

TOP_ITEMS = 5


def ranking(docs: list[Doc], category: str | None = None, subject: str | None = None) -> list[Doc]:
    """The campaigns' sums added up per (category, learning area), ranked."""
    groups: dict[tuple[str, str], Doc] = {}
    for doc in docs:
        for g in doc.get("groups", {}).values():
            key = (g["category"], g["subject"])
            if g["responses"] <= 0 or (category and key[0] != category):
                continue
            if subject and key[1] != subject:
                continue
            group = groups.setdefault(key, _empty())
            for field in ("responses", "mentions", "amount"):
                group[field] += g[field]
            for it in g["items"].values():
                if it["responses"] > 0:
                    item = group["items"][it["item"]]
                    item["label_th"] = it.get("label_th", "")
                    item["responses"] += it["responses"]
                    item["amount"] += it["amount"]
    rows = [_row(c, s, g) for (c, s), g in groups.items()]
    rows.sort(key=lambda r: (-r["responses"], -r["mentions"], r["category"], r["subject"]))
    return [{"rank": i, **r} for i, r in enumerate(rows, start=1)]


def _empty() -> Doc:
    items: defaultdict[str, Doc] = defaultdict(lambda: {"responses": 0, "amount": 0.0})
    return {"responses": 0, "mentions": 0, "amount": 0.0, "items": items}


def _row(category: str, subject: str, g: Doc) -> Doc:
    items = sorted(g["items"].items(), key=lambda kv: (-kv[1]["responses"], kv[0]))
    return {
        "category": category,
        "category_th": th(CATEGORY_TH, category),
        "subject": subject,
        "subject_th": th(SUBJECT_TH, subject),
        "responses": g["responses"],
        "mentions": g["mentions"],
        "amount": round(g["amount"], 2),
        "top_items": [
            {"item": k, **v, "amount": round(v["amount"], 2)} for k, v in items[:TOP_ITEMS]
        ],
    }


def figures(docs: list[Doc], category: str | None, subject: str | None) -> Doc:
    rows = ranking(docs, category, subject)
    return {
        "campaigns": len(docs),
        "responses": sum(d.get("responses", 0) for d in docs),
        "ranking": rows,
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
        MODEL,
        level,
        code,
        year,
        lambda docs: figures(docs, category, subject),
        category=category,
        subject=subject,
    )


async def ranking_esa(store: Store, esa: str, year: int, **f: str | None) -> dict[str, Any]:
    return await needs_ranking(store, "esa", esa, year, **f)


async def ranking_province(
    store: Store, province: str, year: int, **f: str | None
) -> dict[str, Any]:
    return await needs_ranking(store, "province", province, year, **f)


async def ranking_nation(store: Store, year: int, **f: str | None) -> dict[str, Any]:
    return await needs_ranking(store, "nation", "th", year, **f)
