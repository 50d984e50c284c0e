"""Webhook deliveries/s: the needs history replayed to one endpoint, against bare POSTs.

An endpoint of the nation scope for `needs.*`, starting at the beginning of the history, points
at a receiver on 127.0.0.1 that answers 200 at once (aiohttp, in a thread of its own); the
time from registration to the last event received is measured, and the steady rate from the
first event received to the last. When the needs topic holds fewer events than the run wants
(a `webhooks` run alone), a synthetic history in the real event shapes is written to it first.
Each delivery is one signed POST, stream order kept, recorded in the delivery log.

Baseline in the same run: the same receiver driven by the closed-loop load generator with 16
connections (as many as the dispatcher opens to one endpoint) and bodies of the same size,
i.e. what one machine's HTTP path allows.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
from aiohttp import web

from bench.load import closed_loop
from bench.rebuild import write_history
from bench.stack import Stack
from bench.workload import headers

BASELINE_CONNECTIONS = 16


class Receiver:
    """Counts webhook-id headers (distinct events) on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.requests = 0
        self.body_bytes = 0
        self.port = 0
        self.first_at = 0.0
        self.last_at = 0.0
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        threading.Thread(target=self._serve, daemon=True).start()
        self._ready.wait(10)

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests += 1
        self.body_bytes = max(self.body_bytes, len(body))
        webhook_id = request.headers.get("webhook-id", "")
        if webhook_id and webhook_id not in self.ids:
            self.last_at = time.perf_counter()
            self.first_at = self.first_at or self.last_at
            self.ids.add(webhook_id)
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


def _register(stack: Stack, receiver: Receiver) -> None:
    body = {
        "url": f"http://127.0.0.1:{receiver.port}/nithet",
        "event_types": ["needs.*"],
        "scope": {"level": "nation", "id": "th"},
        "start": "beginning",
        "description": "bench",
    }
    admin = headers(stack, "admin", "th")
    r = httpx.post(f"{stack.url('subscriptions')}/v1/endpoints", json=body, headers=admin)
    if r.is_error:
        raise RuntimeError(f"endpoint refused: {r.status_code} {r.text}")


def _bare_posts_per_s(receiver: Receiver) -> float:
    url = f"http://127.0.0.1:{receiver.port}/bare"
    payload = {"pad": "x" * max(receiver.body_bytes - 12, 0)}
    bare = asyncio.run(
        closed_loop(
            lambda n: ("POST", url, {}, payload),
            clients=BASELINE_CONNECTIONS,
            total=3000,
            warmup=300,
        )
    )
    return bare.per_second


def run(stack: Stack, *, history: int) -> dict[str, Any]:
    """Deliver a needs history of at least `history` events to one endpoint."""
    have = _needs_events(stack)
    if have < history:
        write_history(stack, history - have)
    expected = _needs_events(stack)
    receiver = Receiver()
    t0 = time.perf_counter()
    _register(stack, receiver)
    deadline = time.monotonic() + 600
    while len(receiver.ids) < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    seconds = time.perf_counter() - t0
    delivered, requests = len(receiver.ids), receiver.requests  # before the baseline's POSTs
    steady_s = receiver.last_at - receiver.first_at
    per_s, bare = delivered / seconds, _bare_posts_per_s(receiver)
    return {
        "events_in_history": expected,
        "delivered_events": delivered,
        "delivery_requests": requests,
        "seconds": round(seconds, 2),
        "deliveries_per_s": round(per_s),
        "steady_deliveries_per_s": round((delivered - 1) / steady_s) if steady_s > 0 else 0,
        "baseline_bare_posts_per_s": round(bare),
        "baseline_connections": BASELINE_CONNECTIONS,
        "ratio_deliveries_to_bare_posts": round(per_s / bare, 3),
    }
