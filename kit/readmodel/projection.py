"""What a projection is: which documents an event touches and how it changes them.

A projection is pure: `keys(event)` names the documents (their `_id`s) an event changes and
`apply(docs, event)` changes them in memory. The engine loads the documents, applies each
event to each document at most once (a document remembers the last version it saw of every
stream that changed it, in `_seen`), and writes the documents back in bulk. So a projection is
written as if every event arrived exactly once and in order per stream.

Documents hold what a view needs at the finest level that is cheap to store (an ESA, a
cluster, a school); provinces and the nation are sums of ESA documents, computed when asked,
so "province = sum of its ESAs" holds by construction at every moment.

Keys of nested maps must not contain '.' nor begin with '$' (school codes, ESA codes and
UUIDs are fine; free text is not).

Fields that queries filter on (`esa`, `province`, `year`...) are stored as top-level strings:
those are the filters the store answers from an index.
"""

from __future__ import annotations

from typing import Protocol

from kit.events.envelope import CloudEvent
from kit.readmodel.docs import Docs


class Projection(Protocol):
    name: str
    sources: list[str]  # the services whose events it reads (topic `<prefix>.<service>.events`)
    indexes: list[list[str]]

    def keys(self, event: CloudEvent) -> list[str]: ...

    def apply(self, docs: Docs, event: CloudEvent) -> None: ...
