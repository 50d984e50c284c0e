"""What reporting queries read through: `find(model, filter)` and `get(model, key)`.

The live `ReadModelStore` (active generations in the database) is one such store. `MemoryStore`
answers the same two calls from documents folded in memory (views "as of" a past moment,
attributed to the organisation then or now, property tests). `SharedReads` sits in front of
either for a view of many parts: it reads each model's documents of the year (or of the
province) once and answers the finer filters (one province, one ESA) from those, which is
exact because the finer filter's documents are a subset of the coarser one's.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from kit.readmodel.docs import Docs


class Store(Protocol):
    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]: ...

    async def get(self, model: str, key: str) -> dict[str, Any] | None: ...


def matches(doc: dict[str, Any], flt: dict[str, Any]) -> bool:
    """Equality (and `$in`) on top-level fields: the filters reporting queries use."""
    for field, wanted in flt.items():
        value = doc.get(field)
        if isinstance(wanted, dict) and "$in" in wanted:
            if value not in wanted["$in"]:
                return False
        elif value != wanted:
            return False
    return True


class MemoryStore:
    """Folded documents per read model, queried like the live store."""

    def __init__(self, models: dict[str, Docs | dict[str, dict[str, Any]]] | None = None) -> None:
        self.models: dict[str, dict[str, dict[str, Any]]] = {}
        for name, docs in (models or {}).items():
            self.models[name] = docs.docs if isinstance(docs, Docs) else docs

    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]:
        return [d for d in self.models.get(model, {}).values() if matches(d, flt)]

    async def get(self, model: str, key: str) -> dict[str, Any] | None:
        return self.models.get(model, {}).get(key)


NARROWING = ("esa", "province", "cluster", "school")


class SharedReads:
    """One read per (model, coarse filter); finer filters are answered from it in memory."""

    def __init__(self, inner: Store, narrowing: tuple[str, ...] = NARROWING) -> None:
        self._inner, self._narrowing = inner, narrowing
        self._found: dict[tuple[str, str], asyncio.Future[list[dict[str, Any]]]] = {}
        self._grouped: dict[tuple[str, str, str], dict[Any, list[dict[str, Any]]]] = {}

    async def find(self, model: str, flt: dict[str, Any]) -> list[dict[str, Any]]:
        coarse = {k: v for k, v in flt.items() if k not in self._narrowing}
        key = (model, repr(sorted(coarse.items())))
        if key not in self._found:  # concurrent callers share the one read
            self._found[key] = asyncio.ensure_future(self._inner.find(model, coarse))
        found = await self._found[key]
        narrow = next((k for k in flt if k in self._narrowing and isinstance(flt[k], str)), None)
        if narrow is not None:  # look the narrowing value up instead of scanning
            found = self._group(key, narrow, found).get(flt[narrow], [])
        return [d for d in found if matches(d, flt)]

    def _group(
        self, key: tuple[str, str], field: str, docs: list[dict[str, Any]]
    ) -> dict[Any, list[dict[str, Any]]]:
        grouped = self._grouped.get((*key, field))
        if grouped is None:
            grouped = self._grouped[(*key, field)] = {}
            for doc in docs:
                grouped.setdefault(doc.get(field), []).append(doc)
        return grouped

    async def get(self, model: str, key: str) -> dict[str, Any] | None:
        return await self._inner.get(model, key)
