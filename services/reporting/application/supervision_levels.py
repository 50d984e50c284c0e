"""Supervision answers at any level, computed the same way for an ESA, a province and the nation.

Views: coverage (schools visited, not visited in 30 days), follow-ups (overdue action items),
observations (level distributions), quality (4Q rankings), sar (SAR completeness). Every answer
is computed from ESA-level documents (only the fields it needs); a province lists its ESAs and
the nation its provinces, each with the same figures from its share of the documents.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from services.reporting.application import supervision_figures as fig
from services.reporting.application.querying import Reads, Store, reads
from services.reporting.projections.supervision_coverage import MODEL as COVERAGE
from services.reporting.projections.supervision_school_year import MODEL as SCHOOL_YEAR
from services.reporting.projections.supervision_visits import MODEL as VISITS

Docs = dict[str, list[dict[str, Any]]]
VIEWS = ("coverage", "follow-ups", "observations", "quality", "sar")
MODELS = (COVERAGE, VISITS, SCHOOL_YEAR)
BANGKOK = ZoneInfo("Asia/Bangkok")
PLACE = ("school", "cluster", "esa", "province")
SCHOOLS = (*PLACE, "last_visit_on")
VISIT_COUNTS = (*PLACE, "visits", "modes")
VISIT_FACTS = (*PLACE, "visit_id", "items", "observations")
SCHOOL_YEARS: tuple[str, ...] = (*PLACE, "kind", "targets", "overall", "dimension_scores")
SCHOOL_YEARS = (*SCHOOL_YEARS, "targets_met", "honours", "status")


def _term(year: int, semester: int | None) -> dict[str, str]:
    return {"year": str(year)} | ({"semester": str(semester)} if semester else {})


async def load(
    store: Reads, view: str, scope: dict[str, str], year: int, semester: int | None
) -> Docs:
    """The documents a view reads, for one scope (`{}`, a province or an ESA)."""
    term, year_only = _term(year, semester), {"year": str(year)}
    schools = {"kind": "school", **scope}
    if view == "coverage":
        return {
            "schools": await store.find(COVERAGE, schools, SCHOOLS),
            "visits": await store.find(COVERAGE, {"kind": "visits", **scope, **term}, VISIT_COUNTS),
        }
    if view in ("follow-ups", "observations"):
        return {"visits": await store.find(VISITS, {**scope, **term}, VISIT_FACTS)}
    kind = {"kind": "quality" if view == "quality" else "sar", **scope, **year_only}
    docs = await store.find(SCHOOL_YEAR, kind, SCHOOL_YEARS)
    if view == "sar":
        synthesis = {"kind": "synthesis", **scope, **year_only}
        docs = docs + await store.find(SCHOOL_YEAR, synthesis, SCHOOL_YEARS)
        return {"schools": await store.find(COVERAGE, schools, SCHOOLS), "docs": docs}
    return {"docs": docs}


FIGURES: dict[str, Callable[[Docs, date], dict[str, Any]]] = {
    "coverage": lambda d, today: fig.coverage(d["schools"], d["visits"], today),
    "follow-ups": lambda d, today: fig.follow_ups(d["visits"]),
    "observations": lambda d, today: fig.observations(d["visits"]),
    "quality": lambda d, today: fig.quality(d["docs"]),
    "sar": lambda d, today: fig.sar(d["schools"], d["docs"]),
}


def by_unit(docs: Docs, key: str) -> dict[str, Docs]:
    """The documents of each ESA (key "esa") or province ("province"), in one pass."""
    units: dict[str, Docs] = {}
    for name, listed in docs.items():
        for doc in listed:
            unit = units.setdefault(str(doc.get(key, "")), {n: [] for n in docs})
            unit[name].append(doc)
    return units


def _numbers(figures: dict[str, Any]) -> dict[str, Any]:
    """A breakdown row: the figures without their long lists."""
    return {k: v for k, v in figures.items() if not isinstance(v, list)}


def today_in_thailand() -> date:
    return datetime.now(BANGKOK).date()


async def answer(
    store: Store,
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
    docs = await load(reads(store), view, scope, year, semester)
    result = {
        "level": level,
        level: code,
        "view": view,
        "year": year,
        "semester": semester,
        "as_of": today.isoformat(),
        **FIGURES[view](docs, today),
    }
    if breakdown:
        key, names = breakdown
        units = by_unit(docs, key)
        empty: Docs = {n: [] for n in docs}
        result[f"{key}s"] = [
            {key: name, **_numbers(FIGURES[view](units.get(name, empty), today))}
            for name in sorted(set(await names()) | (set(units) - {""}))
        ]
    return result
