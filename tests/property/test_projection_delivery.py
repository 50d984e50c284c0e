"""The needs read models do not depend on how Kafka delivers: duplicates, or streams mixed.

Histories come from the real needs commands over four ESAs of two provinces (see
`needs_histories`). Each needs projection (the needs service's own lists and the reporting
service's needs models) is folded (a) once in commit order, (b) in another interleaving of the
streams that keeps each stream's order, with events delivered again, and (c) as a reader of
the log hands it out, with restarts that forget everything but the documents and read part of
a partition again. The documents must be identical (but for the engine's bookkeeping), each
document read from the log must hold the position of the last record that changed it, and the
response figures must add up: a province's responded schools are the sum of its ESAs', and
both are the number of distinct accepted answers.
"""

from __future__ import annotations

import asyncio
from itertools import pairwise
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.events import CloudEvent
from kit.readmodel.docs import POS, Docs, position_key, public
from kit.readmodel.projection import Projection
from kit.readmodel.projector import fold, fold_items
from services.needs.adapters.projections.records import NeedsRecords
from services.reporting.application import needs
from services.reporting.projections.catalogue import projections
from services.reporting.projections.needs_summary import NeedsEsaSummary
from tests.property.needs_histories import (
    ESAS,
    Made,
    Reading,
    deliveries,
    log_of,
    log_readings,
    needs_history,
    plans,
)
from tests.unit.needs.memory import MemoryViews


def needs_projections() -> list[Projection]:
    return [NeedsRecords(), *(p for p in projections() if "needs" in p.sources)]


def documents(projection: Projection, events: list[CloudEvent]) -> dict[str, dict[str, Any]]:
    return fold(projection, events).docs


def read_from_log(projection: Projection, reading: Reading, restarts: list[int]) -> Docs:
    """Fold a reading; at each restart only the documents survive (as stored)."""
    docs = Docs()
    cuts = [0, *restarts, len(reading)]
    for start, end in pairwise(cuts):
        docs = fold_items(projection, reading[start:end], Docs(docs.docs))
    return docs


def last_positions(projection: Projection, events: list[CloudEvent]) -> dict[str, dict[str, int]]:
    """Per document, the offset of the last record of each partition that touches it."""
    found: dict[str, dict[str, int]] = {}
    for part in log_of(events):
        for e, position in part:
            for key in projection.keys(e):
                found.setdefault(key, {})[position_key(position)] = position.offset
    return found


@st.composite
def histories_and_orders(draw: st.DrawFn) -> tuple[Made, list[CloudEvent], Reading, list[int]]:
    made = needs_history(draw(plans))
    reading, restarts = draw(log_readings(made.events))
    return made, draw(deliveries(made.events, True)), reading, restarts


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(histories_and_orders())
def test_needs_read_models_are_the_same_whatever_the_delivery(
    drawn: tuple[Made, list[CloudEvent], Reading, list[int]],
) -> None:
    made, again, reading, restarts = drawn
    for projection in needs_projections():
        once = documents(projection, made.events)
        assert documents(projection, again) == once, projection.name
        from_log = read_from_log(projection, reading, restarts).docs
        assert {k: public(d) for k, d in from_log.items()} == once, projection.name
        assert {k: d[POS] for k, d in from_log.items()} == last_positions(projection, made.events)
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
