"""Freshness: a command accepted -> visible in the ESA and provincial views, under a steady load.

Samples go to a campaign of another academic year (2570) than the background load (2569), so
each sample is exactly one more response in the ESA's and the province's 2570 views. The probe
polls the ESA view, then the province view, every 2 ms; the figure includes that polling granularity.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from bench.stack import Stack
from bench.stats import latency_summary
from bench.workload import ESA, answers, headers, open_campaigns, response_pairs


async def _background(
    stack: Stack, pairs: list[tuple[str, str]], rate: float, stop: asyncio.Event
) -> int:
    sent = 0
    base = stack.url("needs")
    tokens: dict[str, dict[str, str]] = {}
    async with httpx.AsyncClient(timeout=30) as client:
        interval = 1 / rate
        next_at = time.perf_counter()
        while not stop.is_set() and sent < len(pairs):
            campaign, school = pairs[sent]
            token = tokens.setdefault(school, headers(stack, "school", school))
            await client.put(
                f"{base}/v1/esas/{ESA}/campaigns/{campaign}/responses/{school}",
                json={"answers": answers(sent)},
                headers=token,
            )
            sent += 1
            next_at += interval
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
    return sent


async def _until_counted(
    client: httpx.AsyncClient, view: str, head: dict[str, str], count: int
) -> None:
    while True:
        r = await client.get(view, params={"year": 2570}, headers=head)
        if r.json().get("responded", 0) >= count:
            return
        await asyncio.sleep(0.002)


async def _samples(stack: Stack, pairs: list[tuple[str, str]], count: int) -> list[float]:
    officer = headers(stack, "provincial_officer", "loei")
    views = [
        f"{stack.url('reporting')}/v1/esas/{ESA}/needs/response-rates",
        f"{stack.url('reporting')}/v1/provinces/loei/needs/response-rates",
    ]
    base = stack.url("needs")
    seconds = []
    async with httpx.AsyncClient(timeout=30) as client:
        for n in range(count):
            campaign, school = pairs[n]
            r = await client.put(
                f"{base}/v1/esas/{ESA}/campaigns/{campaign}/responses/{school}",
                json={"answers": answers(n)},
                headers=headers(stack, "school", school),
            )
            accepted = time.perf_counter()
            if r.is_error:
                raise RuntimeError(f"sample refused: {r.status_code} {r.text}")
            for view in views:  # visible in the ESA's view, then in the province's
                await _until_counted(client, view, officer, n + 1)
            seconds.append(time.perf_counter() - accepted)
    return seconds


def run(stack: Stack, *, samples: int, background_rate: float) -> dict[str, Any]:
    sampled = response_pairs(open_campaigns(stack, samples // 17 + 1, year=2570))
    loaded = response_pairs(open_campaigns(stack, 40))

    async def both() -> tuple[list[float], int]:
        stop = asyncio.Event()
        bg = asyncio.create_task(_background(stack, loaded, background_rate, stop))
        await asyncio.sleep(1.0)
        got = await _samples(stack, sampled, samples)
        stop.set()
        return got, await bg

    seconds, background = asyncio.run(both())
    return {
        "samples": len(seconds),
        "background_commands_per_s": background_rate,
        "background_commands": background,
        **{f"freshness_{k}": v for k, v in latency_summary(seconds).items()},
    }
