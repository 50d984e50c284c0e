"""The live read models as reporting's queries read them (application.querying.Reads).

`LiveReads` sits in front of the active generations (application.querying.StoreReads) and keeps, in this process's memory, rollups (figures per ESA
of a model and year: application.rollup) and the documents of recent reads, each until the
read-model hub applies a batch to one of the models it was made from: the hub calls back
after every batch (`hub.listen`). Only what this process's hub is keeping up to date is kept:
a model the hub does not serve (another replica holds the lease, or the hub is starting) is
read from the store every time, and a model whose hub slot changed (the lease was taken over,
a rebuild switched the generation) is read again. A result computed while a batch arrived is
returned but not kept.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypeVar

from services.reporting.application.querying import Doc, Fields, Key, Store

T = TypeVar("T")
KEEP_DOCS = 100_000  # documents of recent reads kept, in all (least recently used go first)
KEEP_ROLLUPS = 2_000


class Hub(Protocol):
    """What LiveReads needs of the read-model hub (kit.readmodel.hub.ReadModelHub)."""

    @property
    def slots(self) -> Mapping[str, Any]: ...

    def listen(self, model: str, changed: Callable[[], None]) -> None: ...


class Source(Store, Protocol):
    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]: ...


Stamp = tuple[tuple[object, int], ...]  # per model: its hub slot (by identity), batches seen


class LiveReads:
    """Reads of the live store; rollups and recent reads kept until their models change."""

    def __init__(
        self, source: Source, hub: Hub | None, models: list[str], keep_docs: int = KEEP_DOCS
    ) -> None:
        self._source, self._hub, self._keep_docs = source, hub, keep_docs
        self._batches: dict[str, int] = dict.fromkeys(models, 0)
        self._rollups: OrderedDict[Key, tuple[Stamp, Any]] = OrderedDict()
        self._found: OrderedDict[Key, tuple[Stamp, list[Doc]]] = OrderedDict()
        self._docs_kept = 0
        if hub is not None:
            for model in models:
                hub.listen(model, functools.partial(self._changed, model))

    def _changed(self, model: str) -> None:
        self._batches[model] = self._batches.get(model, 0) + 1

    def stamp(self, models: tuple[str, ...]) -> Stamp | None:
        """Where the models stand in this process, or None when the hub does not keep them."""
        if self._hub is None:
            return None
        stamp = []
        for model in models:
            slot = self._hub.slots.get(model)
            if slot is None:
                return None
            stamp.append((slot, self._batches.get(model, 0)))
        return tuple(stamp)

    @staticmethod
    def _same(kept: Stamp, now: Stamp | None) -> bool:
        return now is not None and all(
            a[0] is b[0] and a[1] == b[1] for a, b in zip(kept, now, strict=True)
        )

    async def get(self, model: str, key: str) -> Doc | None:
        return await self._source.get(model, key)

    async def find(self, model: str, flt: dict[str, Any], fields: Fields = None) -> list[Doc]:
        key = (model, repr(sorted(flt.items())), fields)
        stamp = self.stamp((model,))
        held = self._found.get(key)
        if held is not None and self._same(held[0], stamp):
            self._found.move_to_end(key)
            return list(held[1])
        docs = await self._source.find(model, flt, fields)
        if stamp is not None and self._same(stamp, self.stamp((model,))):
            self._keep_found(key, stamp, docs)
        return docs

    def _keep_found(self, key: Key, stamp: Stamp, docs: list[Doc]) -> None:
        if len(docs) > self._keep_docs:
            return
        old = self._found.pop(key, None)
        self._docs_kept += len(docs) - (len(old[1]) if old else 0)
        self._found[key] = (stamp, list(docs))
        while self._docs_kept > self._keep_docs:
            _, (_, dropped) = self._found.popitem(last=False)
            self._docs_kept -= len(dropped)

    async def remember(
        self, key: Key, models: tuple[str, ...], compute: Callable[[], Awaitable[T]]
    ) -> T:
        stamp = self.stamp(models)
        held = self._rollups.get(key)
        if held is not None and self._same(held[0], stamp):
            self._rollups.move_to_end(key)
            kept: T = held[1]
            return kept
        value = await compute()
        if stamp is not None and self._same(stamp, self.stamp(models)):
            self._rollups[key] = (stamp, value)
            while len(self._rollups) > KEEP_ROLLUPS:
                self._rollups.popitem(last=False)
        return value
