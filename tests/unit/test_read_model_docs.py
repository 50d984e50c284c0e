"""Projections apply each event at most once per document, whatever is re-delivered."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.readmodel import Docs
from kit.readmodel.docs import public, seen_key
from kit.readmodel.projector import fold
from tests.support.events import event


class Counter:
    name = "counter"
    sources = ["needs"]
    indexes: list[list[str]] = []

    def keys(self, e: CloudEvent) -> list[str]:
        return ["total", f"esa:{e.tenantid}"]

    def apply(self, docs: Docs, e: CloudEvent) -> None:
        for key in self.keys(e):
            doc = docs[key]
            doc["n"] = doc.get("n", 0) + 1
        docs["total"]["last"] = e.streamversion  # a second access within the same event


def test_a_redelivered_event_changes_nothing() -> None:
    a1, a2, b1 = event("a", 1), event("a", 2), event("b", 1, tenant="loei-1")
    docs = fold(Counter(), [a1, a2, a1, b1, a2, b1])
    assert docs.docs["total"]["n"] == 3
    assert docs.docs["esa:loei-3"]["n"] == 2 and docs.docs["esa:loei-1"]["n"] == 1


def test_replaying_the_same_history_gives_the_same_documents() -> None:
    history = [event("a", 1), event("b", 1), event("a", 2)]
    assert fold(Counter(), history).docs == fold(Counter(), history + history).docs


def test_stream_ids_with_dots_are_stored_under_safe_keys() -> None:
    docs = fold(Counter(), [event("person-malee.jaidee", 1)])
    assert seen_key("person-malee.jaidee") in docs.docs["total"]["_seen"]
    assert "." not in "".join(docs.docs["total"]["_seen"])
    assert "_seen" not in public(docs.docs["total"])
