"""An ESA's drive for 4Q quality (TUMHOME plus INNO) beyond the agreements, per ESA and year:
driving team appointed (T), schools with a baseline (U), the committee appointed and its
progress reports, the schools whose latest report asks for urgent help (M.3), good-practice
exchanges and the schools that presented (E.3), and the year carried into the next (E.4).

Every figure counts ESAs, reports or schools once per ESA, so a province is the sum of its
ESAs. Reports and exchanges count in the semester of their day; the team, baselines,
committees and the carrying forward belong to the whole year.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application.breakdown import answer
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows
from services.reporting.projections.supervision_quality_drive import MODEL

ZERO: Doc = {
    "teams": 0,
    "baselines": 0,
    "committees": 0,
    "progress_reports": 0,
    "schools_reported": 0,
    "schools_needing_help": 0,
    "exchanges": 0,
    "practices_shared": 0,
    "schools_presenting": 0,
    "carried_forward": 0,
}


def _of(records: dict[str, Doc], semester: int | None) -> list[Doc]:
    return [r for r in records.values() if semester is None or r["semester"] == semester]


def _row(doc: Doc, semester: int | None) -> Doc:
    exchanges = _of(doc.get("exchanges", {}), semester)
    latest = doc.get("latest", {})
    return {
        "teams": int("team" in doc),
        "baselines": len(doc.get("baselines", {})),
        "committees": len(doc.get("committees", {})),
        "progress_reports": len(_of(doc.get("reports", {}), semester)),
        "schools_reported": len(latest),
        "schools_needing_help": sum("needs_help" in s for s in latest.values()),
        "exchanges": len(exchanges),
        "practices_shared": sum(x["practices"] for x in exchanges),
        "schools_presenting": len({s for x in exchanges for s in x["schools"]}),
        "carried_forward": int("carried" in doc),
    }


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    (semester,) = variant
    docs = await r.find(MODEL, {**scope, "year": str(year)})
    return {d["esa"]: _row(d, semester) for d in docs}


DRIVE = Rollup("supervision_quality_drive", (MODEL,), _rows)


async def quality_drive(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> Doc:
    """The 4Q drive's figures of an ESA, a province (per ESA) or the nation (per province)."""
    return await answer(store, DRIVE, level, code, year, (semester,), dict, ZERO, semester=semester)
