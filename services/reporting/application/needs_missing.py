"""Schools of an ESA's needs surveys that have not answered yet, or whose returned response
has not come back corrected: listed by campaign at ESA and province level (per ESA), counted
per province for the nation."""

from __future__ import annotations

from typing import Any

from services.reporting.application.breakdown import members
from services.reporting.application.needs import campaign_detail
from services.reporting.application.querying import Doc, Store
from services.reporting.application.rollup import where
from services.reporting.projections.needs_response import MODEL as NEEDS


def _missing_figures(docs: list[Doc]) -> Doc:
    campaigns = [campaign_detail(d) for d in docs]
    listed = [
        {
            "campaign_id": c["campaign_id"],
            "title": c["title"],
            "closes_on": c["closes_on"],
            "closed": c["closed"],
            "schools": c["missing"],
        }
        for c in sorted(campaigns, key=lambda c: c["campaign_id"] or "")
        if c["missing"]
    ]
    return {"schools": sum(len(r["schools"]) for r in listed), "campaigns": listed}


async def non_respondents(store: Store, level: str, code: str, year: int) -> dict[str, Any]:
    """Schools not yet answered (or with a returned response not yet corrected); the nation
    counts them per province, the lists live at ESA and province level."""
    docs = await store.find(NEEDS, {**where(level, code), "year": str(year)})
    result: Doc = {"level": level, "code": code, "year": year, **_missing_figures(docs)}
    key, names = await members(store, level, code)
    if key == "esa":
        result["esas"] = [{"esa": n, **_missing_figures(g)} for n, g in _by(docs, key, names)]
    elif key == "province":
        result["campaigns"] = len(result["campaigns"])
        result["provinces"] = [
            {"province": n, "schools": f["schools"], "campaigns": len(f["campaigns"])}
            for n, g in _by(docs, key, names)
            for f in [_missing_figures(g)]
        ]
    return result


def _by(docs: list[Doc], key: str, names: list[str]) -> list[tuple[str, list[Doc]]]:
    groups: dict[str, list[Doc]] = {n: [] for n in names}
    for doc in docs:
        groups.setdefault(doc[key], []).append(doc)
    return sorted(groups.items())
