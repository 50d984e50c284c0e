"""A closed-loop HTTP load generator: N clients, each sends its next request when the last returns."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

Request = tuple[str, str, dict[str, str], Any]  # method, url, headers, json body


@dataclass
class LoadResult:
    requests: int = 0
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def closed_loop(
    make: Callable[[int], Request],
    *,
    clients: int,
    total: int,
    warmup: int,
) -> LoadResult:
    """Send `warmup + total` requests from `clients` concurrent clients; measure the last `total`."""
    result = LoadResult()
    counter = iter(range(warmup + total))
    started: list[float] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:

        async def worker() -> None:
            for n in counter:
                method, url, headers, body = make(n)
                t0 = time.perf_counter()
                try:
                    r = await client.request(method, url, headers=headers, json=body)
                    status = r.status_code
                except httpx.HTTPError:
                    status = 0
                elapsed = time.perf_counter() - t0
                if n == warmup:
                    started.append(time.perf_counter())
                if n >= warmup:
                    result.requests += 1
                    result.latencies.append(elapsed)
                    result.statuses[status] = result.statuses.get(status, 0) + 1
                    result.errors += not (200 <= status < 300)

        t_all = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        result.seconds = time.perf_counter() - (started[0] if started else t_all)
    return result
