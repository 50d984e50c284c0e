"""Running read models inside a service: one LiveReadModel per projection, each under a lease."""

from __future__ import annotations

import asyncio
from typing import Any

from kit.lease import Lease
from kit.messaging.publisher import Publisher
from kit.mongo import AsyncDatabase
from kit.readmodel.live import LiveReadModel
from kit.readmodel.projection import Projection
from kit.readmodel.store import ReadModelStore


def start_live_models(
    db: AsyncDatabase[dict[str, Any]],
    projections: list[Projection],
    bootstrap: str,
    publisher: Publisher,
    replica: str,
    tasks: list[asyncio.Task[None]],
    group_prefix: str = "nithet",
    partitions: int = 4,
    topic_prefix: str = "nithet",
) -> tuple[ReadModelStore, list[LiveReadModel]]:
    store = ReadModelStore(db, group_prefix, topic_prefix)
    lives = []
    for projection in projections:
        lease = Lease(db, f"projector:{projection.name}", replica, ttl_s=10)
        live = LiveReadModel(projection, store, bootstrap, publisher, lease, partitions=partitions)
        lives.append(live)
        tasks.append(asyncio.create_task(live.run()))
    return store, lives


def stop_live_models(lives: list[LiveReadModel]) -> None:
    for live in lives:
        live.stop()


def freshness_check(lives: list[LiveReadModel]) -> Any:
    async def check() -> dict[str, Any]:
        return {"read_models": [live.status() for live in lives]}

    return check
