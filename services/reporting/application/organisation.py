"""The organisation as reporting knows it: every province and ESA, even those without data."""

from __future__ import annotations

from typing import Any

from kit.readmodel.store import ReadModelStore


async def esas_of(store: ReadModelStore, province: str) -> list[dict[str, Any]]:
    return await store.find("reporting_organisation", {"kind": "esa", "province": province})


async def provinces(store: ReadModelStore) -> list[dict[str, Any]]:
    return await store.find("reporting_organisation", {"kind": "province"})
