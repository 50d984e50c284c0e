"""The live projector on the real FerretDB gives the documents of the in-memory fold.

Events of a generated needs history (see `needs_histories`) reach `Projector.apply` in batches
of random sizes, streams mixed and events delivered again; between some batches the projector
is replaced by a new one (a restart or a lost lease: its cache is empty, so it reads the
documents and their `_seen` versions back from the store). The stored documents must equal the
fold of the history delivered once, in commit order.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.events import CloudEvent
from kit.mongo import connect
from kit.readmodel.projector import Projector, fold
from kit.readmodel.store import ReadModelStore
from services.needs.adapters.records import NeedsRecords
from services.reporting.projections.needs_response import NeedsResponseRates
from services.reporting.projections.needs_summary import NeedsEsaSummary
from tests.property.needs_histories import Made, deliveries, needs_history, plans
from tests.support.infra import Infra

PROJECTIONS = (NeedsRecords(), NeedsResponseRates(), NeedsEsaSummary())


@st.composite
def batched_deliveries(draw: st.DrawFn) -> tuple[Made, list[tuple[list[CloudEvent], bool]]]:
    """A history and its delivery cut into batches, each flagged when the projector restarts."""
    made = needs_history(draw(plans))
    delivered = draw(deliveries(made.events, True))
    batches = []
    while delivered:
        size = draw(st.integers(1, 12))
        batches.append((delivered[:size], draw(st.booleans())))
        delivered = delivered[size:]
    return made, batches


async def project(mongo_url: str, batches: list[tuple[list[CloudEvent], bool]]) -> dict[str, Any]:
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
            found[projection.name] = {d["_id"]: d for d in docs}
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
    def stored_equals_folded(drawn: tuple[Made, list[tuple[list[CloudEvent], bool]]]) -> None:
        made, batches = drawn
        stored = asyncio.run(project(infra.mongo_url, batches))
        for projection in PROJECTIONS:
            assert stored[projection.name] == fold(projection, made.events).docs, projection.name

    stored_equals_folded()
