"""The read-model registry on FerretDB: the hub's look for switched generations is one read."""

from __future__ import annotations

import uuid

from kit.mongo import connect, round_trips
from kit.readmodel.store import ReadModelStore
from tests.support.infra import Infra


async def test_every_models_active_generation_comes_in_one_read(infra: Infra) -> None:
    client = connect(infra.mongo_url, "registry-test")
    db = client[f"registry_{uuid.uuid4().hex[:8]}"]
    try:
        store = ReadModelStore(db)
        for model in ("esa_summary", "province_summary", "coverage"):
            await store.registration(model)
        await store.switch("province_summary", 2)

        before = dict(round_trips.counts)
        found = await store.active_generations(["esa_summary", "province_summary", "unknown"])
        spent = {k: v - before.get(k, 0) for k, v in round_trips.counts.items()}
        spent = {k: v for k, v in spent.items() if v}

        assert found == {"esa_summary": 1, "province_summary": 2}  # an unknown model is left out
        assert spent == {("find", "readmodels"): 1}
        assert await store.active_generation("province_summary", max_age_s=60) == 2  # cached
    finally:
        await client.drop_database(db.name)
        await client.close()
