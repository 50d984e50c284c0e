"""Projections apply each event at most once per document, whatever is re-delivered."""

from __future__ import annotations

from kit.events import CloudEvent
from kit.messaging.records import Position
from kit.readmodel import Docs
from kit.readmodel.docs import POS, public
from kit.readmodel.projector import fold, fold_items
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


def test_a_record_read_again_at_its_position_changes_nothing_after_a_restart() -> None:
    a1, a2 = event("a", 1), event("a", 2)
    at = [Position("nithet.needs.events", 0, 7), Position("nithet.needs.events", 0, 8)]
    first = fold_items(Counter(), [(a1, at[0]), (a2, at[1])])
    restarted = Docs(first.docs)  # a new reader: only the stored documents remain
    again = fold_items(
        Counter(), [(a2, at[1]), (event("b", 1), Position("nithet.needs.events", 0, 9))], restarted
    )
    assert again.docs["total"]["n"] == 3


def test_positions_are_kept_under_safe_keys_and_hidden_from_answers() -> None:
    docs = fold_items(Counter(), [(event("a", 1), Position("nithet.needs.events", 2, 41))])
    assert docs.docs["total"][POS] == {"nithet%2Eneeds%2Eevents|2": 41}
    assert POS not in public(docs.docs["total"])
