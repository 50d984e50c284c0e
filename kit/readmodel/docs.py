"""The documents a batch of events works on, with at-most-once application per document.

Each document remembers, in `_pos`, the offset of the last record of each log partition that
changed it. The relay puts every event in the log once (kit.relay), so a record is re-delivered
only at its own position: after a crash before the consumer's position was saved, or when the
one reader of a process re-reads a partition for a read model that is behind the others. A
document that already holds a record's position (or a later one of that partition) hands out a
scratch copy instead, so the record changes nothing. The position is written together with
the change it guards, in the same document, so the two can never part.

Events folded without a position (tests, in-memory views) are applied at most once per
stream version by the fold itself, which remembers the last version of each stream it applied.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kit.events.envelope import CloudEvent
from kit.messaging.records import Position

POS = "_pos"
HIDDEN_FIELDS = (POS, "_seen")  # "_seen": per-stream versions of documents written before _pos


def safe_key(text: str) -> str:
    """Text as a document key: stores refuse keys with '.' or a leading '$'."""
    return text.replace("%", "%25").replace(".", "%2E").replace("$", "%24")


def position_key(position: Position) -> str:
    return f"{safe_key(position.topic)}|{position.partition}"


class Docs:
    """A mutable view of read-model documents by `_id`.

    While an event is applied (`applying`), a document that already holds the event's record
    position hands out a scratch copy instead, so re-delivered records change nothing.
    """

    def __init__(
        self,
        loaded: dict[str, dict[str, Any]] | None = None,
        known: Mapping[str, int] | None = None,
    ) -> None:
        self.docs: dict[str, dict[str, Any]] = loaded if loaded is not None else {}
        self.changed: set[str] = set()
        self.known: Mapping[str, int] = known if known is not None else {}
        self.versions: dict[str, int] = {}  # the last version applied here, per stream
        self._event: CloudEvent | None = None
        self._position: Position | None = None
        self._skip = False
        self._granted: set[str] = set()

    def applying(self, event: CloudEvent | None, position: Position | None = None) -> bool:
        """Start applying `event` (None: done). False when it was already applied here."""
        self._event, self._position, self._granted = event, position, set()
        self._skip = False
        if event is not None:
            stream = event.subject
            last = self.versions.get(stream) or self.known.get(stream, 0)
            if last >= event.streamversion:
                self._skip = True
            else:
                self.versions[stream] = event.streamversion
        return not self._skip

    def __getitem__(self, key: str) -> dict[str, Any]:
        doc = self.docs.get(key)
        if doc is None:
            doc = self.docs[key] = {"_id": key}
        if self._event is None or key in self._granted:
            return doc
        if self._skip:
            return {"_id": key}  # already applied: changes go nowhere
        if self._position is not None:
            positions = doc.setdefault(POS, {})
            where = position_key(self._position)
            if positions.get(where, -1) >= self._position.offset:
                return {"_id": key}
            positions[where] = self._position.offset
        self._granted.add(key)
        self.changed.add(key)
        return doc

    def get(self, key: str) -> dict[str, Any] | None:
        """Read a document without marking it changed (None when absent)."""
        return self.docs.get(key)

    def values(self) -> list[dict[str, Any]]:
        return list(self.docs.values())


def public(doc: dict[str, Any]) -> dict[str, Any]:
    """A document without the engine's bookkeeping, for answers to queries."""
    return {k: v for k, v in doc.items() if k not in HIDDEN_FIELDS}
