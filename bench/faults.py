"""Faults under a steady load, then the tally: every accepted command counted exactly once.

`python -m bench.faults` (or `make faults`) starts a fresh stack (Kafka, FerretDB, directory,
needs and reporting as processes), sends survey responses at a steady rate from several
clients, and meanwhile kills with SIGKILL, one after another: the needs service (its HTTP API
and its outbox relay), the reporting service (its consumers and projections), the directory,
the Kafka broker and FerretDB, restarting each. Each command carries an Idempotency-Key and is
retried with the same key until it gets a definite answer, as a real client would.

The tally compares the commands accepted (2xx) with the reporting read models once quiet:
every accepted response must be counted once, no more, no less; the province must equal the
sum of its ESAs. Exit status 1 when anything differs. `--replicas` runs the same with two
replicas of needs, reporting and subscriptions, killing one replica at a time (bench/replicas.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.stack import Stack, stack
from bench.workload import SEED, answers, headers, open_campaigns
from nithet import servers
from services.directory.reference import SCHOOLS

ESAS = ("loei-3", "loei-1")
SCHOOLS_OF = {esa: [s.code for s in SCHOOLS if s.esa == esa] for esa in ESAS}


@dataclass
class Tally:
    sent: int = 0
    accepted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ESAS, 0))
    refused: int = 0
    retries: int = 0
    faults: list[dict[str, Any]] = field(default_factory=list)


async def send_until_definite(
    client: httpx.AsyncClient, url: str, head: dict[str, str], body: dict[str, Any], tally: Tally
) -> int:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    delay = 0.2
    while True:
        try:
            r = await client.put(url, json=body, headers=head | key)
            if r.status_code < 500:
                return r.status_code
        except httpx.HTTPError:
            pass
        tally.retries += 1
        await asyncio.sleep(delay)
        delay = min(delay * 2, 3.0)


async def load(stack: Stack, work: list[tuple[str, str, str]], rate: float, tally: Tally) -> None:
    base = stack.url("needs")
    tokens = {s: headers(stack, "school", s) for _, _, s in work}
    queue: asyncio.Queue[tuple[int, tuple[str, str, str]]] = asyncio.Queue()
    async with httpx.AsyncClient(timeout=10) as client:

        async def worker() -> None:
            while True:
                n, (esa, campaign, school) = await queue.get()
                url = f"{base}/v1/esas/{esa}/campaigns/{campaign}/responses/{school}"
                status = await send_until_definite(
                    client, url, tokens[school], {"answers": answers(n)}, tally
                )
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


async def faults(stack: Stack, tally: Tally, every_s: float) -> None:
    async def note(what: str, action: Any) -> None:
        t0 = time.monotonic()
        await asyncio.to_thread(action)
        tally.faults.append(
            {"fault": what, "at_sent": tally.sent, "seconds": round(time.monotonic() - t0, 1)}
        )

    plan = [
        (
            "kill -9 needs (API and outbox relay), restart",
            lambda: (stack.kill("needs"), stack.start("needs")),
        ),
        (
            "kill -9 reporting (consumers, projections), restart",
            lambda: (stack.kill("reporting"), stack.start("reporting")),
        ),
        ("kill -9 directory, restart", lambda: (stack.kill("directory"), stack.start("directory"))),
        (
            "kill -9 Kafka, restart after 5 s",
            lambda: (
                servers.stop(stack.kafka, hard=True),
                time.sleep(5),
                servers.start(stack.kafka),
            ),
        ),
        (
            "kill -9 FerretDB, restart after 3 s",
            lambda: (
                servers.stop(stack.ferretdb, hard=True),
                time.sleep(3),
                servers.start(stack.ferretdb),
            ),
        ),
        (
            "kill -9 needs and reporting together, restart",
            lambda: (
                stack.kill("needs"),
                stack.kill("reporting"),
                stack.start("needs"),
                stack.start("reporting"),
            ),
        ),
    ]
    for what, action in plan:
        await asyncio.sleep(every_s)
        await note(what, action)


def views(stack: Stack, base: str = "") -> dict[str, Any]:
    officer = headers(stack, "provincial_officer", "loei")
    base = base or stack.url("reporting")
    province = httpx.get(
        f"{base}/v1/provinces/loei/needs/response-rates",
        params={"year": 2569},
        headers=officer,
        timeout=30,
    ).json()
    esas = {
        esa: httpx.get(
            f"{base}/v1/esas/{esa}/needs/response-rates",
            params={"year": 2569},
            headers=officer,
            timeout=30,
        )
        .json()
        .get("responded")
        for esa in ESAS
    }
    return {
        "province": province.get("responded"),
        "province_esas": {e["esa"]: e["responded"] for e in province.get("esas", [])},
        "esa_views": esas,
    }


def work_for(s: Stack, campaigns: int) -> list[tuple[str, str, str]]:
    work = [
        (esa, c, school)
        for esa in ESAS
        for c in open_campaigns(s, campaigns, esa=esa)
        for school in SCHOOLS_OF[esa]
    ]
    random.Random(SEED).shuffle(work)
    return work


def single(args: argparse.Namespace) -> dict[str, Any]:
    tally = Tally()
    with stack(["directory", "needs", "reporting"]) as s:
        work = work_for(s, args.campaigns)

        async def both() -> None:
            await asyncio.gather(load(s, work, args.rate, tally), faults(s, tally, args.every))

        started = time.monotonic()
        asyncio.run(both())
        accepted = sum(tally.accepted.values())
        deadline = time.monotonic() + 300
        seen = views(s)
        while seen["province"] != accepted and time.monotonic() < deadline:
            time.sleep(1)
            try:
                seen = views(s)
            except (httpx.HTTPError, ValueError):
                pass
        ok = seen["province"] == accepted == sum(
            seen["province_esas"].get(e, 0) for e in ESAS
        ) and all(seen["esa_views"][e] == tally.accepted[e] for e in ESAS)
        return summary(tally, time.monotonic() - started) | {
            "read_models": seen,
            "tally": "every accepted command counted exactly once" if ok else "MISMATCH",
        }


def with_replicas(args: argparse.Namespace) -> dict[str, Any]:
    from bench import replicas
    from bench.webhooks import Receiver

    tally = Tally()
    os.environ |= {"NITHET_WEBHOOK_ALLOW_HTTP": "true", "NITHET_WEBHOOK_ALLOW_LOOPBACK": "true"}
    with stack(["directory", *replicas.REPLICATED]) as s:
        replicas.add_replicas(s)
        work = work_for(s, args.campaigns)
        receiver = Receiver()
        replicas.register_endpoint(s, receiver)
        front = replicas.Front([s.url_of("needs"), s.url_of("needs#2")])

        async def both() -> None:
            await asyncio.gather(
                replicas.load(s, front, work, args.rate, tally),
                replicas.kill_each_replica(s, tally, args.every),
            )

        started = time.monotonic()
        asyncio.run(both())
        seen = replicas.settle(s, receiver, sum(tally.accepted.values()), 300)
        result = summary(tally, time.monotonic() - started)
        return result | {"failovers": front.failovers} | replicas.verdict(tally, seen, receiver)


def summary(tally: Tally, seconds: float) -> dict[str, Any]:
    return {
        "commands_sent": tally.sent,
        "accepted": sum(tally.accepted.values()),
        "accepted_by_esa": tally.accepted,
        "refused": tally.refused,
        "client_retries": tally.retries,
        "faults": tally.faults,
        "seconds": round(seconds, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.faults")
    parser.add_argument("--campaigns", type=int, default=120, help="campaigns per ESA")
    parser.add_argument("--rate", type=float, default=25.0, help="commands per second")
    parser.add_argument("--every", type=float, default=6.0, help="seconds between faults")
    parser.add_argument(
        "--replicas",
        action="store_true",
        help="two replicas of needs, reporting and subscriptions, one killed at a time",
    )
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    result = with_replicas(args) if args.replicas else single(args)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["tally"] != "MISMATCH" else 1


if __name__ == "__main__":
    sys.exit(main())
