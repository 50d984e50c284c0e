"""The live projector on the real FerretDB gives the documents of the in-memory fold.

Events of a generated needs history (see `needs_histories`) reach `Projector.apply` as a reader
of the log hands them out, in batches of random sizes; at each restart of the reader the
projector is replaced by a new one (its caches are empty, so it reads the documents and their
positions back from the store) and part of a partition is read again. The stored documents
must equal, but for the engine's bookkeeping, the fold of the history delivered once in commit
order.
"""

from __future__ import annotations

import asyncio
import uuid
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.mongo import connect
from kit.readmodel.docs import public
from kit.readmodel.projector import Item, Projector, fold
from kit.readmodel.store import ReadModelStore
from services.needs.adapters.projections.records import NeedsRecords
from services.reporting.projections.needs_response import NeedsResponseRates
from services.reporting.projections.needs_summary import NeedsEsaSummary
from tests.property.needs_histories import Made, log_readings, needs_history, plans
from tests.support.infra import Infra

PROJECTIONS = (NeedsRecords(), NeedsResponseRates(), NeedsEsaSummary())


@st.composite
def batched_deliveries(draw: st.DrawFn) -> tuple[Made, list[tuple[list[Item], bool]]]:
    """A history, its reading cut into batches, each flagged when the reader restarts first."""
    made = needs_history(draw(plans))
    reading, restarts = draw(log_readings(made.events))
    batches: list[tuple[list[Item], bool]] = []
    cuts = [0, *restarts, len(reading)]
    for start, end in pairwise(cuts):
        part, restart = list(reading[start:end]), start > 0
        while part:
            size = draw(st.integers(1, 12))
            batches.append((list(part[:size]), restart))
            part, restart = part[size:], False
    return made, batches


async def project(mongo_url: str, batches: list[tuple[list[Item], bool]]) -> dict[str, Any]:
    client = connect(mongo_url, "property-test")
    db = client[f"prop_{uuid.uuid4().hex[:10]}"]
    try:
        store = ReadModelStore(db)
        found: dict[str, Any] = {}
        for projection in PROJECTIONS:
            await store.prepare(projection.name, 1, projection.indexes)
            projector = Projector(projection, store, 1)
            for events, restart in batches:
                if restart:
                    projector = Projector(projection, store, 1)
                await projector.apply(events)
            docs = await store.collection(projection.name, 1).find({}).to_list(None)
            found[projection.name] = {d["_id"]: public(d) for d in docs}
        return found
    finally:
        await client.drop_database(db.name)
        await client.close()


@pytest.mark.infra
def test_the_projector_on_ferretdb_stores_what_the_fold_makes(infra: Infra) -> None:
    @settings(
        max_examples=15,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(batched_deliveries())
    def stored_equals_folded(drawn: tuple[Made, list[tuple[list[Item], bool]]]) -> None:
        made, batches = drawn
        stored = asyncio.run(project(infra.mongo_url, batches))
        for projection in PROJECTIONS:
            assert stored[projection.name] == fold(projection, made.events).docs, projection.name

    stored_equals_folded()
