"""What one process knows of the streams it has read or written: their events and version.

A bounded, least-recently-used map from (tenant, stream) to the stream's typed history. It is
a hint, never the truth: the command runner decides on it without reading the store, and the
store's unique commit `_id` refuses the append if another replica (or a direct append) moved
the stream meanwhile; the runner then forgets the entry, reads the stream and decides again.
Streams only ever grow, so an entry is replaced only by a longer one.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from kit.events.payload import DomainEvent

Key = tuple[str, str]


@dataclass(frozen=True)
class Known:
    """A stream's first `version` events (payloads are frozen: safe to share)."""

    history: tuple[DomainEvent, ...]
    version: int

    def then(self, new: list[DomainEvent]) -> Known:
        return Known(self.history + tuple(new), self.version + len(new))


EMPTY = Known((), 0)


class StreamCache:
    def __init__(self, size: int = 5000) -> None:
        self._size = size
        self._entries: OrderedDict[Key, Known] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Key) -> Known | None:
        known = self._entries.get(key)
        if known is None:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        return known

    def put(self, key: Key, known: Known) -> None:
        if self._size <= 0 or known.version == 0:
            return
        held = self._entries.get(key)
        if held is not None and held.version >= known.version:
            return  # a concurrent command already stored a longer history
        self._entries[key] = known
        self._entries.move_to_end(key)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def forget(self, key: Key) -> None:
        self._entries.pop(key, None)
