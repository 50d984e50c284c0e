"""A level's answer with its breakdown one level down: an ESA alone, a province with each of
its ESAs, the nation with each province, all from the same rows per ESA (application.rollup),
so the breakdown always adds up to the total."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kit.auth.principal import esa_province
from services.reporting.application.organisation import esas_of, provinces
from services.reporting.application.querying import Doc, Store
from services.reporting.application.rollup import Rollup, Rows, summed, where

LEVELS = ("esa", "province", "nation")


async def members(store: Store, level: str, code: str) -> tuple[str | None, list[str]]:
    """What a level breaks down into: a province into its ESAs, the nation into provinces."""
    if level == "province":
        return "esa", [e["esa"] for e in await esas_of(store, code)]
    if level == "nation":
        return "province", [p["province"] for p in await provinces(store)]
    return None, []


def grouped(rows: Rows, key: str, names: list[str]) -> dict[str, list[Doc]]:
    """ESA rows per ESA (key "esa") or per province (key "province"), every name present."""
    groups: dict[str, list[Doc]] = {n: [] for n in names}
    for esa, row in rows.items():
        groups.setdefault(esa if key == "esa" else esa_province(esa), []).append(row)
    return dict(sorted(groups.items()))


async def answer(
    store: Store,
    rollup: Rollup,
    level: str,
    code: str,
    year: int,
    variant: tuple[Any, ...],
    figures: Callable[[Doc], Doc],
    zero: Doc,
    **extra: Any,
) -> Doc:
    """The level's figures, with the breakdown one level down (province: esas, nation:
    provinces); `figures` turns summed rows into the answer's figures."""
    rows = await rollup.rows(store, where(level, code), year, *variant)
    result: Doc = {"level": level, "code": code, "year": year, **extra}
    result |= figures(summed(rows.values(), zero))
    key, names = await members(store, level, code)
    if key:
        result[f"{key}s"] = [
            {key: unit, **figures(summed(group, zero))}
            for unit, group in grouped(rows, key, names).items()
        ]
    return result
