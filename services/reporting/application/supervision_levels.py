"""Supervision answers at any level, computed the same way for an ESA, a province and the nation.

Views: coverage (schools visited, not visited in 30 days), follow-ups (overdue action items),
observations (level distributions), quality (4Q rankings), sar (SAR completeness). Every answer
is computed from ESA-level documents with `store.find`/`store.get` only; a province lists its
ESAs and the nation its provinces, each with the same figures. Scope checks are the routes'.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from services.reporting.application import supervision_figures as fig
from services.reporting.projections.supervision_coverage import MODEL as COVERAGE
from services.reporting.projections.supervision_school_year import MODEL as SCHOOL_YEAR
from services.reporting.projections.supervision_visits import MODEL as VISITS

Docs = dict[str, list[dict[str, Any]]]
VIEWS = ("coverage", "follow-ups", "observations", "quality", "sar")
BANGKOK = ZoneInfo("Asia/Bangkok")


def _term(year: int, semester: int | None) -> dict[str, str]:
    return {"year": str(year)} | ({"semester": str(semester)} if semester else {})


async def _load(
    store: Any, view: str, scope: dict[str, str], year: int, semester: int | None
) -> Docs:
    term = _term(year, semester)
    if view == "coverage":
        return {
            "schools": await store.find(COVERAGE, {"kind": "school", **scope}),
            "visits": await store.find(COVERAGE, {"kind": "visits", **scope, **term}),
        }
    if view in ("follow-ups", "observations"):
        return {"visits": await store.find(VISITS, {**scope, **term})}
    year_only = {"year": str(year)}
    docs = await store.find(
        SCHOOL_YEAR, {"kind": "quality" if view == "quality" else "sar", **scope, **year_only}
    )
    if view == "sar":
        docs += await store.find(SCHOOL_YEAR, {"kind": "synthesis", **scope, **year_only})
        return {"schools": await store.find(COVERAGE, {"kind": "school", **scope}), "docs": docs}
    return {"docs": docs}


FIGURES: dict[str, Callable[[Docs, date], dict[str, Any]]] = {
    "coverage": lambda d, today: fig.coverage(d["schools"], d["visits"], today),
    "follow-ups": lambda d, today: fig.follow_ups(d["visits"]),
    "observations": lambda d, today: fig.observations(d["visits"]),
    "quality": lambda d, today: fig.quality(d["docs"]),
    "sar": lambda d, today: fig.sar(d["schools"], d["docs"]),
}


def _only(docs: Docs, key: str, value: str) -> Docs:
    return {k: [d for d in v if d.get(key) == value] for k, v in docs.items()}


def _numbers(figures: dict[str, Any]) -> dict[str, Any]:
    """A breakdown row: the figures without their long lists."""
    return {k: v for k, v in figures.items() if not isinstance(v, list)}


def today_in_thailand() -> date:
    return datetime.now(BANGKOK).date()


async def answer(
    store: Any,
    view: str,
    level: str,
    code: str,
    year: int,
    semester: int | None,
    today: date | None,
    breakdown: tuple[str, Callable[[], Awaitable[list[str]]]] | None,
) -> dict[str, Any]:
    if view not in FIGURES:
        raise ValueError(f"unknown supervision view {view!r}")
    scope = {} if level == "nation" else {level: code}
    today = today or today_in_thailand()
    docs = await _load(store, view, scope, year, semester)
    answer = {
        "level": level,
        level if level != "nation" else "nation": code,
        "view": view,
        "year": year,
        "semester": semester,
        "as_of": today.isoformat(),
        **FIGURES[view](docs, today),
    }
    if breakdown:
        key, names = breakdown
        seen = {str(d[key]) for rows in docs.values() for d in rows if d.get(key)}
        answer[f"{key}s"] = [
            {key: name, **_numbers(FIGURES[view](_only(docs, key, name), today))}
            for name in sorted(set(await names()) | seen)
        ]
    return answer
