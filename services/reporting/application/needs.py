"""Needs queries at the three levels. Scope checks are the caller's (the routes').

`section` is the needs part of the unified views and year-end reports: target schools,
schools that answered, the response rate and the campaigns, at an ESA, a province or the
nation. Each target school counts in the ESA of the cluster it was recorded in (after
attribution, the cluster it belonged to then or belongs to now), each campaign in the ESA
that ran it; a province is the sum of its ESAs and the nation of its provinces.
"""

from __future__ import annotations

from typing import Any

from services.reporting.application import rollup
from services.reporting.application.needs_section import section
from services.reporting.application.organisation import esas_of, provinces
from services.reporting.application.querying import Store
from services.reporting.projections.needs_response import MODEL as NEEDS


async def needs_esa(store: Store, esa: str, year: int) -> dict[str, Any]:
    docs = await store.find(NEEDS, {"esa": esa, "year": str(year)})
    campaigns = sorted(
        (rollup.campaign_figures(d) for d in docs), key=lambda c: c["campaign_id"] or ""
    )
    return {
        "level": "esa",
        "esa": esa,
        "year": year,
        **rollup.totals(campaigns),
        "campaigns": campaigns,
    }


async def needs_province(store: Store, province: str, year: int) -> dict[str, Any]:
    docs = await store.find(NEEDS, {"province": province, "year": str(year)})
    campaigns = [rollup.campaign_figures(d) for d in docs]
    names = [e["esa"] for e in await esas_of(store, province)]
    return {
        "level": "province",
        "province": province,
        "year": year,
        **rollup.totals(campaigns),
        "campaigns": len(campaigns),
        "esas": rollup.group_by(campaigns, "esa", names),
    }


async def needs_nation(store: Store, year: int) -> dict[str, Any]:
    docs = await store.find(NEEDS, {"year": str(year)})
    campaigns = [rollup.campaign_figures(d) for d in docs]
    names = [p["province"] for p in await provinces(store)]
    return {
        "level": "nation",
        "year": year,
        **rollup.totals(campaigns),
        "campaigns": len(campaigns),
        "provinces": rollup.group_by(campaigns, "province", names),
    }


__all__ = ["needs_esa", "needs_nation", "needs_province", "section"]
