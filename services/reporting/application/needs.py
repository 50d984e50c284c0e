"""Needs queries at the three levels. Scope checks are the caller's (the routes')."""

from __future__ import annotations

from typing import Any

from kit.readmodel.store import ReadModelStore
from services.reporting.application import rollup
from services.reporting.application.organisation import esas_of, provinces
from services.reporting.projections.needs_response import MODEL as NEEDS


async def needs_esa(store: ReadModelStore, esa: str, year: int) -> dict[str, Any]:
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


async def needs_province(store: ReadModelStore, province: str, year: int) -> dict[str, Any]:
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


async def needs_nation(store: ReadModelStore, year: int) -> dict[str, Any]:
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
