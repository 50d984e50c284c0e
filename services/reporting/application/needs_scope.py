"""Reading needs documents at one level (ESA, province, nation) and breaking them down.

Documents are ESA-level (or finer); a province's answer is computed from its ESAs'
documents and the nation's from every document, so each level is the sum of the one below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from services.reporting.application.organisation import esas_of, provinces

Doc = dict[str, Any]
LEVELS = ("esa", "province", "nation")


class Store(Protocol):
    async def find(self, model: str, flt: dict[str, Any]) -> list[Doc]: ...

    async def get(self, model: str, key: str) -> Doc | None: ...


async def level_docs(store: Store, model: str, level: str, code: str, year: int) -> list[Doc]:
    flt: dict[str, Any] = {"year": str(year)}
    if level == "esa":
        flt["esa"] = code
    elif level == "province":
        flt["province"] = code
    return await store.find(model, flt)


async def members(store: Store, level: str, code: str) -> tuple[str | None, list[str]]:
    """What a level breaks down into: a province into its ESAs, the nation into provinces."""
    if level == "province":
        return "esa", [e["esa"] for e in await esas_of(store, code)]
    if level == "nation":
        return "province", [p["province"] for p in await provinces(store)]
    return None, []


def breakdown(
    docs: list[Doc], key: str, names: list[str], figures: Callable[[list[Doc]], Doc]
) -> list[Doc]:
    """Figures per `key` value, every name included (zeros where nothing happened)."""
    groups: dict[str, list[Doc]] = {n: [] for n in names}
    for doc in docs:
        groups.setdefault(doc[key], []).append(doc)
    return [{key: name, **figures(group)} for name, group in sorted(groups.items())]


async def answer(
    store: Store,
    model: str,
    level: str,
    code: str,
    year: int,
    figures: Callable[[list[Doc]], Doc],
    **extra: Any,
) -> Doc:
    """The level's figures, with the breakdown one level down (province: esas, nation: provinces)."""
    docs = await level_docs(store, model, level, code, year)
    result: Doc = {"level": level, "code": code, "year": year, **extra, **figures(docs)}
    key, names = await members(store, level, code)
    if key:
        result[f"{key}s"] = breakdown(docs, key, names, figures)
    return result
