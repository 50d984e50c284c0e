"""The documents a batch of events works on, with at-most-once application per document."""

from __future__ import annotations

from typing import Any

from kit.events.envelope import CloudEvent

SEEN = "_seen"


def seen_key(stream: str) -> str:
    """A stream id as a document key: stores refuse keys with '.' or a leading '$'."""
    return stream.replace("%", "%25").replace(".", "%2E").replace("$", "%24")


class Docs:
    """A mutable view of read-model documents by `_id`.

    While an event is applied (`applying`), a document that already saw that event's stream
    version hands out a scratch copy instead, so re-delivered events change nothing.
    """

    def __init__(self, loaded: dict[str, dict[str, Any]] | None = None) -> None:
        self.docs: dict[str, dict[str, Any]] = loaded if loaded is not None else {}
        self.changed: set[str] = set()
        self._event: CloudEvent | None = None
        self._granted: set[str] = set()

    def applying(self, event: CloudEvent | None) -> None:
        self._event = event
        self._granted = set()

    def __getitem__(self, key: str) -> dict[str, Any]:
        doc = self.docs.get(key)
        if doc is None:
            doc = self.docs[key] = {"_id": key, SEEN: {}}
        event = self._event
        if event is None or key in self._granted:
            return doc
        seen = doc.setdefault(SEEN, {})
        stream = seen_key(event.subject)
        if seen.get(stream, 0) >= event.streamversion:
            return {"_id": key, SEEN: {}}  # already applied: changes go nowhere
        seen[stream] = event.streamversion
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
    return {k: v for k, v in doc.items() if k != SEEN}
