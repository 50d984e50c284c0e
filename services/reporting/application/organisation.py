"""The organisation as reporting knows it: every province, ESA and cluster, even without data."""

from __future__ import annotations

from typing import Any

from services.reporting.application.querying import Store
from services.reporting.projections.organisation import MODEL

__all__ = ["MODEL", "cluster_esas", "esa", "esas_of", "province", "provinces"]


async def esas_of(store: Store, province: str) -> list[dict[str, Any]]:
    return await store.find(MODEL, {"kind": "esa", "province": province})


async def provinces(store: Store) -> list[dict[str, Any]]:
    return await store.find(MODEL, {"kind": "province"})


async def esa(store: Store, code: str) -> dict[str, Any] | None:
    return await store.get(MODEL, f"esa:{code}")


async def province(store: Store, code: str) -> dict[str, Any] | None:
    return await store.get(MODEL, f"province:{code}")


async def cluster_esas(store: Store, province: str | None = None) -> dict[str, str]:
    """Which ESA each cluster belongs to (of one province, or of the whole country)."""
    flt: dict[str, Any] = {"kind": "cluster"}
    if province is not None:
        flt["province"] = province
    return {d["cluster"]: d["esa"] for d in await store.find(MODEL, flt)}
