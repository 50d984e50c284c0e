"""Two replicas of needs, reporting and subscriptions under load, one replica killed at a time.

`python -m bench.faults --replicas` (part of `make faults`) starts a fresh stack (Kafka,
FerretDB, the directory) with two replicas of needs, reporting and subscriptions (a second
process of each on a port of its own, sharing Kafka and the store, as replicas on several
machines would), registers a webhook endpoint for every accepted survey answer at a receiver
on 127.0.0.1, and sends answers at a steady rate to both needs replicas (a client that finds a
replica gone tries the other, as behind a load balancer). Meanwhile each replica in turn is
killed with SIGKILL and restarted. What holds a lease (the relay, the read models, each
webhook endpoint) moves to the surviving replica when its term ends.

The tally: every accepted answer counted once in the ESA and province views of both reporting
replicas, and delivered to the receiver once (a delivery in flight when its replica was killed
may be sent again with the same `webhook-id`, which a receiver drops: counted apart).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.faults import ESAS, Tally, views
from bench.stack import Stack
from bench.webhooks import Receiver
from bench.workload import answers, headers
from nithet import servers

REPLICATED = ("needs", "reporting", "subscriptions")


def add_replicas(stack: Stack) -> None:
    for service in REPLICATED:
        name = f"{service}#2"
        stack.replicas[name] = servers.free_port()
        stack.start(name)


@dataclass
class Front:
    """A client-side balancer: round robin over the replicas, the next one when one is gone."""

    urls: list[str]
    turn: int = 0
    failovers: int = field(default=0)

    def order(self) -> list[str]:
        self.turn += 1
        return self.urls[self.turn % 2 :] + self.urls[: self.turn % 2]


async def send_once_accepted(
    client: httpx.AsyncClient,
    front: Front,
    path: str,
    head: dict[str, str],
    body: Any,
    tally: Tally,
) -> int:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    delay = 0.2
    while True:
        for base in front.order():
            try:
                r = await client.put(base + path, json=body, headers=head | key)
                if r.status_code < 500:
                    return r.status_code
            except httpx.HTTPError:
                front.failovers += 1
        tally.retries += 1
        await asyncio.sleep(delay)
        delay = min(delay * 2, 3.0)


async def load(
    stack: Stack, front: Front, work: list[tuple[str, str, str]], rate: float, tally: Tally
) -> None:
    tokens = {s: headers(stack, "school", s) for _, _, s in work}
    queue: asyncio.Queue[tuple[int, tuple[str, str, str]]] = asyncio.Queue()
    async with httpx.AsyncClient(timeout=10) as client:

        async def worker() -> None:
            while True:
                n, (esa, campaign, school) = await queue.get()
                path = f"/v1/esas/{esa}/campaigns/{campaign}/responses/{school}"
                body = {"answers": answers(n)}
                status = await send_once_accepted(client, front, path, tokens[school], body, tally)
                if 200 <= status < 300:
                    tally.accepted[esa] += 1
                else:
                    tally.refused += 1
                queue.task_done()

        workers = [asyncio.create_task(worker()) for _ in range(8)]
        for n, item in enumerate(work):
            await queue.put((n, item))
            tally.sent += 1
            await asyncio.sleep(1 / rate)
        await queue.join()
        for w in workers:
            w.cancel()


async def kill_each_replica(stack: Stack, tally: Tally, every_s: float) -> None:
    for service in REPLICATED:
        for name in (service, f"{service}#2"):
            await asyncio.sleep(every_s)
            t0 = time.monotonic()
            await asyncio.to_thread(lambda n=name: (stack.kill(n), stack.start(n)))
            tally.faults.append(
                {
                    "fault": f"kill -9 {name}, restart",
                    "at_sent": tally.sent,
                    "seconds": round(time.monotonic() - t0, 1),
                }
            )


def register_endpoint(stack: Stack, receiver: Receiver) -> str:
    body = {
        "url": f"http://127.0.0.1:{receiver.port}/nithet",
        "event_types": ["needs.SurveyResponseSubmitted"],
        "scope": {"level": "nation", "id": "th"},
        "start": "now",
        "description": "faults with replicas",
    }
    r = httpx.post(
        f"{stack.url('subscriptions')}/v1/endpoints",
        json=body,
        headers=headers(stack, "admin", "th"),
        timeout=30,
    )
    r.raise_for_status()
    return str(r.json()["endpoint_id"])


def replica_views(stack: Stack) -> dict[str, Any]:
    """Both reporting replicas answer the same figures (they read the same read models)."""
    first = views(stack)
    second = views(stack, base=stack.url_of("reporting#2"))
    return {"reporting": first, "reporting#2": second}


def settle(stack: Stack, receiver: Receiver, accepted: int, wait_s: float) -> dict[str, Any]:
    deadline = time.monotonic() + wait_s
    seen: dict[str, Any] = {}
    while time.monotonic() < deadline:
        try:
            seen = replica_views(stack)
        except (httpx.HTTPError, ValueError, KeyError):
            time.sleep(1)
            continue
        counted = all(v["province"] == accepted for v in seen.values())
        if counted and len(receiver.ids) >= accepted:
            break
        time.sleep(1)
    return seen


def verdict(tally: Tally, seen: dict[str, Any], receiver: Receiver) -> dict[str, Any]:
    accepted = sum(tally.accepted.values())
    counted = all(
        v["province"] == accepted == sum(v["province_esas"].get(e, 0) for e in ESAS)
        and all(v["esa_views"][e] == tally.accepted[e] for e in ESAS)
        for v in seen.values()
    )
    delivered = len(receiver.ids)
    return {
        "read_models": seen,
        "webhooks_delivered_events": delivered,
        "webhook_requests": receiver.requests,
        "webhook_resent_in_hand": receiver.requests - delivered,
        "tally": "every accepted command counted exactly once"
        if counted and delivered == accepted
        else "MISMATCH",
    }
