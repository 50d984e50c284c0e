"""Cooperation with public and private partners (form 7): cooperations recorded, distinct
partners, and schools supported, in total and per sector, per ESA and academic year.

Partners and schools count once per ESA (a school supported by two cooperations of an ESA
counts once there), so that a province's figures are the sum of its ESAs'.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.esa_records import answered, of_term
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows
from services.reporting.application.supervision_labels import SECTOR_TH, known, th
from services.reporting.projections.supervision_partnerships import MODEL

SECTORS = (*SECTOR_TH, "other")
ZERO: Doc = {
    "partnerships": 0,
    "partners": 0,
    "schools_supported": 0,
    "sectors": {s: {"partnerships": 0, "schools": 0} for s in SECTORS},
}


def recorded(doc: Doc, semester: int | None) -> list[Doc]:
    return of_term(doc.get("records", {}).values(), semester)


def _row(records: list[Doc]) -> Doc:
    sectors = {}
    for sector in SECTORS:
        mine = [r for r in records if known(SECTOR_TH, r["sector"]) == sector]
        schools = {s for r in mine for s in r.get("schools", [])}
        sectors[sector] = {"partnerships": len(mine), "schools": len(schools)}
    return {
        "partnerships": len(records),
        "partners": len({r["partner"] for r in records}),
        "schools_supported": len({s for r in records for s in r.get("schools", [])}),
        "sectors": sectors,
    }


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    docs = await r.find(MODEL, {**scope, "year": str(year)}, ("esa", "records"))
    return {d["esa"]: _row(recorded(d, semester)) for d in docs}


PARTNERSHIPS = Rollup("supervision_partnerships", (MODEL,), _rows)


def figures(row: Doc) -> Doc:
    return {
        "partnerships": row["partnerships"],
        "partners": row["partners"],
        "schools_supported": row["schools_supported"],
        "by_sector": [
            {"sector": s, "sector_th": th(SECTOR_TH, s), **row["sectors"][s]}
            for s in SECTORS
            if s in SECTOR_TH or row["sectors"][s]["partnerships"]
        ],
    }


def listed(records: list[Doc]) -> list[Doc]:
    return [
        {
            "partner": r["partner"],
            "sector": r["sector"],
            "sector_th": th(SECTOR_TH, r["sector"]),
            "activity": r.get("activity", ""),
            "started_on": r["started_on"],
            "schools": len(r.get("schools", [])),
        }
        for r in sorted(records, key=lambda r: (r["started_on"], r["partner"]))
    ]


async def partnerships(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> Doc:
    """Cooperations, partners and schools supported, per sector; an ESA lists them."""
    listing = ("cooperations", lambda d: recorded(d, semester), listed)
    return await answered(store, PARTNERSHIPS, level, code, year, semester, figures, ZERO, listing)
