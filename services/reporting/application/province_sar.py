"""A province's SAR cycle and supervision committee (sandbox manual, items 6 and 7.1).

Per ESA, summed like every other figure: its SAR synthesis taken into its province's latest
synthesis, and into the synthesis approved (0 or 1 each), and its schools the province's
supervision committee supports. A province adds its own cycle: the step reached, briefings,
the guidelines' version, the synthesis committee, the day it reported. The nation adds how
many provinces reached each step. These are facts of the whole year.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from kit.auth.principal import esa_province
from services.reporting.application.breakdown import answer
from services.reporting.application.querying import Doc, Reads, Store
from services.reporting.application.rollup import Rollup, Rows
from services.reporting.projections.supervision_province_sar import MODEL, ORDER

ZERO: Doc = {"synthesis_included": 0, "synthesis_approved": 0, "committee_schools": 0}
CYCLE = ("step", "briefings", "guidelines_version", "committee_members", "synthesis_revision")


def _scope(scope: dict[str, str]) -> dict[str, str]:
    """Province documents of an ESA's scope are its province's."""
    return {"province": esa_province(scope["esa"])} if "esa" in scope else scope


def _esas(doc: Doc) -> set[str]:
    committee = doc.get("supervision_committee", {}).get("schools", {})
    return set(doc.get("included", [])) | set(committee)


async def _rows(r: Reads, scope: dict[str, str], year: int, variant: tuple[Any, ...]) -> Rows:
    rows: Rows = {}
    for doc in await r.find(MODEL, {**_scope(scope), "year": str(year)}):
        committee = doc.get("supervision_committee", {}).get("schools", {})
        for esa in _esas(doc):
            rows[esa] = {
                "synthesis_included": int(esa in doc.get("included", [])),
                "synthesis_approved": int(esa in doc.get("approved", [])),
                "committee_schools": committee.get(esa, 0),
            }
    return {esa: row for esa, row in rows.items() if "esa" not in scope or esa == scope["esa"]}


PROVINCE_SAR = Rollup("supervision_province_sar", (MODEL,), _rows)


async def _province(store: Store, code: str, year: int) -> Doc:
    doc = await store.get(MODEL, f"province:{code}:{year}") or {}
    own: Doc = {k: doc.get(k) for k in CYCLE}
    own["step"] = own["step"] or "none"
    own["reported_on"] = doc.get("reported_on")
    own["committee_members"] = own["committee_members"] or 0
    own["supervision_committee_members"] = doc.get("supervision_committee", {}).get("members", 0)
    return own


async def _nation(store: Store, year: int) -> Doc:
    steps = Counter(d.get("step", "none") for d in await store.find(MODEL, {"year": str(year)}))
    return {"provinces_by_step": [{"step": s, "provinces": steps.get(s, 0)} for s in ORDER]}


async def province_sar(
    store: Store, level: str, code: str, year: int, semester: int | None = None
) -> Doc:
    """The ESAs' part in their province's SAR cycle; a province's own cycle; the nation's
    provinces per step."""
    found = await answer(store, PROVINCE_SAR, level, code, year, (None,), dict, ZERO)
    if level == "province":
        found |= await _province(store, code, year)
    elif level == "nation":
        found |= await _nation(store, year)
    return found | {"semester": semester}
