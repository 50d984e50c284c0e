"""A closed-loop HTTP load generator: N clients, each sends its next request when the last returns.

aiohttp, not httpx: measured on this machine against a bare FastAPI `GET /healthz`, httpx's
AsyncClient managed 175 requests/s at 32 connections (its pool, not the server, was the
limit), aiohttp 4,156/s; a load generator slower than the system under test measures itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

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
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as client:

        async def worker() -> None:
            for n in counter:
                method, url, headers, body = make(n)
                t0 = time.perf_counter()
                try:
                    async with client.request(method, url, headers=headers, json=body) as r:
                        await r.read()
                        status = r.status
                except (aiohttp.ClientError, TimeoutError):
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
