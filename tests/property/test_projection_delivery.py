"""The needs read models do not depend on how Kafka delivers: duplicates, or streams mixed.

Histories come from the real needs commands over four ESAs of two provinces (see
`needs_histories`). Each needs projection (the needs service's own lists and the reporting
service's needs models) is folded (a) once in commit order, (b) in another interleaving of the
streams that keeps each stream's order, and (c) in such an order with events delivered again.
The documents must be identical, each document must have seen exactly the last version of
every stream that touched it, and the response figures must add up: a province's responded
schools are the sum of its ESAs', and both are the number of distinct accepted answers.
"""

from __future__ import annotations

import asyncio
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.events import CloudEvent
from kit.readmodel.docs import SEEN, seen_key
from kit.readmodel.projection import Projection
from kit.readmodel.projector import fold
from services.needs.adapters.records import NeedsRecords
from services.reporting.application import needs
from services.reporting.projections.catalogue import projections
from services.reporting.projections.needs_summary import NeedsEsaSummary
from tests.property.needs_histories import ESAS, Made, deliveries, needs_history, plans
from tests.unit.needs.memory import MemoryViews


def needs_projections() -> list[Projection]:
    return [NeedsRecords(), *(p for p in projections() if "needs" in p.sources)]


def documents(projection: Projection, events: list[CloudEvent]) -> dict[str, dict[str, Any]]:
    return fold(projection, events).docs


def last_versions(projection: Projection, events: list[CloudEvent]) -> dict[str, dict[str, int]]:
    """Per document, the last version of each stream whose events touch it."""
    seen: dict[str, dict[str, int]] = {}
    for e in events:
        for key in projection.keys(e):
            seen.setdefault(key, {})[seen_key(e.subject)] = e.streamversion
    return seen


@st.composite
def histories_and_orders(draw: st.DrawFn) -> tuple[Made, list[CloudEvent], list[CloudEvent]]:
    made = needs_history(draw(plans))
    return made, draw(deliveries(made.events, False)), draw(deliveries(made.events, True))


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(histories_and_orders())
def test_needs_read_models_are_the_same_whatever_the_delivery(
    drawn: tuple[Made, list[CloudEvent], list[CloudEvent]],
) -> None:
    made, mixed, again = drawn
    for projection in needs_projections():
        once = documents(projection, made.events)
        assert documents(projection, mixed) == once, projection.name
        assert documents(projection, again) == once, projection.name
        assert {k: d[SEEN] for k, d in once.items()} == last_versions(projection, made.events)
    asyncio.run(check_sums(made, again))


async def check_sums(made: Made, delivered: list[CloudEvent]) -> None:
    views = MemoryViews()
    for projection in needs_projections():
        views.fold(projection, delivered)
    summary = views.models[NeedsEsaSummary.name].values()
    for province in sorted(set(ESAS.values())):
        answered = {a for a in made.answered if made.province_of[a[0]] == province}
        esas = [e for e, p in ESAS.items() if p == province]
        by_esa = [(await needs.needs_esa(views, e, 2569))["responded"] for e in esas]
        whole = await needs.needs_province(views, province, 2569)
        assert whole["responded"] == sum(by_esa) == len(answered)
        breakdown = {g["esa"]: g["responded"] for g in whole["esas"]}
        assert all(breakdown.get(e, 0) == n for e, n in zip(esas, by_esa, strict=True))
        firsts = sum(
            n
            for doc in summary
            if doc["province"] == province
            for c in doc["campaigns"].values()
            for n in c["responded"].values()
        )
        assert firsts == len(answered)
