"""Webhook deliveries/s: the needs history the other benchmarks wrote, replayed to one endpoint.

An endpoint of province loei for `needs.*`, starting at the beginning of the history, points
at a receiver on 127.0.0.1 that answers 200 at once (aiohttp, in a thread of its own); the
time from registration to the last event received is measured. Each delivery is one signed
POST, stream order kept per lane, recorded in the delivery log. Baseline in the same run: the
same receiver driven by the closed-loop load generator with bodies of the same size, i.e.
what one machine's HTTP path allows.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
from aiohttp import web

from bench.load import closed_loop
from bench.stack import Stack
from bench.workload import headers


class Receiver:
    """Counts webhook-id headers (distinct events) on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.requests = 0
        self.body_bytes = 0
        self.port = 0
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        threading.Thread(target=self._serve, daemon=True).start()
        self._ready.wait(10)

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests += 1
        self.body_bytes = max(self.body_bytes, len(body))
        self.ids.add(request.headers.get("webhook-id", ""))
        return web.Response(status=200)

    def _serve(self) -> None:
        self._loop = asyncio.new_event_loop()
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()
        self._loop.run_forever()


def _needs_events(stack: Stack) -> int:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=stack.settings.kafka_bootstrap)
    topic = stack.settings.topic("needs")
    parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
    total = sum(consumer.end_offsets(parts).values())
    consumer.close()
    return total


def run(stack: Stack, *, clients: int) -> dict[str, Any]:
    receiver = Receiver()
    expected = _needs_events(stack)
    body = {
        "url": f"http://127.0.0.1:{receiver.port}/nithet",
        "event_types": ["needs.*"],
        "scope": {"level": "province", "id": "loei"},
        "start": "beginning",
        "description": "bench",
    }
    admin = headers(stack, "admin", "th")
    t0 = time.perf_counter()
    r = httpx.post(f"{stack.url('subscriptions')}/v1/endpoints", json=body, headers=admin)
    if r.is_error:
        raise RuntimeError(f"endpoint refused: {r.status_code} {r.text}")
    deadline = time.monotonic() + 600
    while len(receiver.ids) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    seconds = time.perf_counter() - t0
    delivered, requests = len(receiver.ids), receiver.requests
    url = f"http://127.0.0.1:{receiver.port}/bare"
    payload = {"pad": "x" * max(receiver.body_bytes - 12, 0)}
    bare = asyncio.run(
        closed_loop(lambda n: ("POST", url, {}, payload), clients=clients, total=3000, warmup=300)
    )
    per_s = delivered / seconds
    return {
        "events_in_history": expected,
        "delivered_events": delivered,
        "delivery_requests": requests,
        "seconds": round(seconds, 2),
        "deliveries_per_s": round(per_s),
        "baseline_bare_posts_per_s": round(bare.per_second),
        "ratio_deliveries_to_bare_posts": round(per_s / bare.per_second, 3),
    }
