"""The year's summary reports of cooperation with partners (sandbox manual, item 8.3), per
ESA and year: ESAs that reported (0 or 1 each, so a province counts its ESAs that reported),
the cooperations and schools the latest reports summarised. The summary is a fact of the
whole year: a semester asked for shows the year's."""

from __future__ import annotations

from typing import Any

from services.reporting.application.breakdown import answer
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows
from services.reporting.projections.supervision_partnership_reports import MODEL

ZERO: Doc = {"reported": 0, "cooperations_summarised": 0, "schools_summarised": 0}


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    docs = await r.find(MODEL, {**scope, "year": str(year)})
    return {
        d["esa"]: {
            "reported": 1,
            "cooperations_summarised": d["partnerships"],
            "schools_summarised": d["schools"],
        }
        for d in docs
    }


REPORTS = Rollup("supervision_partnership_reports", (MODEL,), _rows)


async def partnership_reports(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> Doc:
    """ESAs that reported their year's cooperation, and what the reports summarised."""
    return await answer(
        store, REPORTS, level, code, year, (semester,), dict, ZERO, semester=semester
    )
