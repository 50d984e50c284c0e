"""What reporting queries read through: `find(model, filter)`, `get(model, key)` and, on the
richer stores, `find(..., fields)` (only the fields a view needs) and `remember(key, models,
compute)` (a rollup kept until one of its models changes).

The live store is one such store: `StoreReads` reads the active generations in the database
with projections, and adapters.live_reads keeps rollups and reads in memory until the
read-model hub applies a batch to one of their models.
`MemoryStore` answers the same calls from documents folded in memory (views "as of" a past
moment, attributed to the organisation then or now, tests). `SharedReads` sits in front of
either for a view of many parts: it reads each model's documents of the year (or of the
province) once and answers the finer filters (one province, one ESA) from those, which is
exact because the finer filter's documents are a subset of the coarser one's. A plain store
with `find` and `get` only is read through `reads(store)`, which adds the rest.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

from kit.readmodel.docs import Docs
from kit.readmodel.store import HIDDEN, ReadModelStore

T = TypeVar("T")
Doc = dict[str, Any]
Fields = tuple[str, ...] | None  # None: whole documents
Key = tuple[Any, ...]


class Store(Protocol):
    """The least a store offers: equality filters and reads by key."""

    async def find(self, model: str, flt: dict[str, Any]) -> list[Doc]: ...

    async def get(self, model: str, key: str) -> Doc | None: ...


class Reads(Store, Protocol):
    """A store that reads only some fields and remembers rollups."""

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]: ...

    async def remember(
        self, key: Key, models: tuple[str, ...], compute: Callable[[], Awaitable[T]]
    ) -> T: ...


def matches(doc: Doc, flt: dict[str, Any]) -> bool:
    """Equality (and `$in`) on top-level fields: the filters reporting queries use."""
    for field, wanted in flt.items():
        value = doc.get(field)
        if isinstance(wanted, dict) and "$in" in wanted:
            if value not in wanted["$in"]:
                return False
        elif value != wanted:
            return False
    return True


class PlainReads:
    """A store with `find` and `get` only, read whole; nothing is remembered."""

    def __init__(self, inner: Store) -> None:
        self._inner = inner

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]:
        return await self._inner.find(model, flt)

    async def get(self, model: str, key: str) -> Doc | None:
        return await self._inner.get(model, key)

    async def remember(
        self, key: Key, models: tuple[str, ...], compute: Callable[[], Awaitable[T]]
    ) -> T:
        return await compute()


class StoreReads:
    """The live read models (their active generations), read with only the fields asked for:
    a projection, so the store sends and the driver decodes less. Nothing is remembered here
    (adapters.live_reads keeps rollups and reads between the hub's batches)."""

    def __init__(self, store: ReadModelStore) -> None:
        self._store = store

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]:
        generation = await self._store.active_generation(model)
        projection = dict.fromkeys(fields, 1) if fields else HIDDEN
        return await self._store.collection(model, generation).find(flt, projection).to_list(None)

    async def get(self, model: str, key: str) -> Doc | None:
        return await self._store.get(model, key)

    async def remember(
        self, key: Key, models: tuple[str, ...], compute: Callable[[], Awaitable[T]]
    ) -> T:
        return await compute()


def reads(store: Store) -> Reads:
    """`store` itself when it is a richer store; the live read models with projections; else
    the plain store read whole."""
    if isinstance(store, ReadModelStore):
        return StoreReads(store)
    if isinstance(store, MemoryStore | SharedReads | PlainReads) or hasattr(store, "remember"):
        return store  # type: ignore[return-value]
    return PlainReads(store)


class MemoryStore:
    """Folded documents per read model, queried like the live store."""

    def __init__(self, models: dict[str, Docs | dict[str, Doc]] | None = None) -> None:
        self.models: dict[str, dict[str, Doc]] = {}
        for name, docs in (models or {}).items():
            self.models[name] = docs.docs if isinstance(docs, Docs) else docs

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]:
        return [d for d in self.models.get(model, {}).values() if matches(d, flt)]

    async def get(self, model: str, key: str) -> Doc | None:
        return self.models.get(model, {}).get(key)

    async def remember(
        self, key: Key, models: tuple[str, ...], compute: Callable[[], Awaitable[T]]
    ) -> T:
        return await compute()  # the documents may still change (tests fold into them)


NARROWING = ("esa", "province", "cluster", "school")


def _with_matched(fields: tuple[str, ...], flt: dict[str, Any]) -> tuple[str, ...]:
    """`fields` and the top-level fields `flt` matches on (unless one of `fields` holds it)."""
    tops = {f.split(".")[0] for f in fields}
    wanted = [k.split(".")[0] for k in flt if not k.startswith("$")]
    return (*fields, *dict.fromkeys(k for k in wanted if k not in tops))


class SharedReads:
    """One read per (model, coarse filter, fields); finer filters are answered from it in
    memory; a rollup is computed once per view."""

    def __init__(self, inner: Store, narrowing: tuple[str, ...] = NARROWING) -> None:
        self._inner, self._narrowing = reads(inner), narrowing
        self._found: dict[tuple[str, str, Fields], asyncio.Future[list[Doc]]] = {}
        self._grouped: dict[tuple[Any, ...], dict[Any, list[Doc]]] = {}
        self._remembered: dict[Key, asyncio.Future[Any]] = {}

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]:
        coarse = {k: v for k, v in flt.items() if k not in self._narrowing}
        if fields is not None:  # what is matched in memory must be read too
            fields = _with_matched(fields, flt)
        key = (model, repr(sorted(coarse.items())), fields)
        if key not in self._found:  # concurrent callers share the one read
            self._found[key] = asyncio.ensure_future(self._inner.find(model, coarse, fields))
        found = await self._found[key]
        narrow = next((k for k in flt if k in self._narrowing and isinstance(flt[k], str)), None)
        if narrow is not None:  # look the narrowing value up instead of scanning
            found = self._group(key, narrow, found).get(flt[narrow], [])
        return [d for d in found if matches(d, flt)]

    def _group(self, key: tuple[Any, ...], field: str, docs: list[Doc]) -> dict[Any, list[Doc]]:
        grouped = self._grouped.get((*key, field))
        if grouped is None:
            grouped = self._grouped[(*key, field)] = {}
            for doc in docs:
                grouped.setdefault(doc.get(field), []).append(doc)
        return grouped

    async def get(self, model: str, key: str) -> Doc | None:
        return await self._inner.get(model, key)

    def remembered(self, key: Key) -> asyncio.Future[Any] | None:
        """A rollup this view has already asked for (done or on its way), if any."""
        return self._remembered.get(key)

    async def remember(
        self, key: Key, models: tuple[str, ...], compute: Callable[[], Awaitable[T]]
    ) -> T:
        if key not in self._remembered:
            work = self._inner.remember(key, models, compute)
            self._remembered[key] = asyncio.ensure_future(work)
        result: T = await self._remembered[key]
        return result
