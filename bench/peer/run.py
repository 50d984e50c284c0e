"""Running the peer under the same workload, in the same bench invocation as Nithet.

Command throughput: the same closed-loop load (same clients, same fixed-seed requests, same
tokens) against the peer's HTTP endpoint. Rebuild: the peer's history of `events` survey
responses (written through its application) is projected again from position 0 by a fresh
projection, the way an eventsourcing team rebuilds a view; events per second until caught up.
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
from typing import Any

import httpx

from bench.load import closed_loop
from bench.peer.postgres import postgres
from bench.stats import latency_summary
from bench.workload import SEED, answers
from kit.auth.tokens import TokenIssuer
from kit.settings import Settings
from nithet.servers import ROOT, free_port
from services.directory.application.tokens import principal_for
from services.directory.reference import SCHOOLS

ESA_SCHOOLS = [s for s in SCHOOLS if s.esa == "loei-3"]


def _token(school: str) -> dict[str, str]:
    s = Settings()
    issuer = TokenIssuer(s.jwt_secret, s.jwt_issuer, s.jwt_audience, 86400)
    return {"Authorization": f"Bearer {issuer.issue(principal_for('school', school))}"}


def _commands(port: int, clients: int, total: int, warmup: int) -> dict[str, Any]:
    pairs = [
        (f"c{n:05d}", s.code)
        for n in range((total + warmup) // len(ESA_SCHOOLS) + 2)
        for s in ESA_SCHOOLS
    ]
    random.Random(SEED).shuffle(pairs)
    tokens = {s.code: _token(s.code) for s in ESA_SCHOOLS}
    base = f"http://127.0.0.1:{port}"

    def command(n: int) -> Any:
        campaign, school = pairs[n]
        return (
            "PUT",
            f"{base}/v1/esas/loei-3/campaigns/{campaign}/responses/{school}",
            tokens[school],
            {"answers": answers(n)},
        )

    load = asyncio.run(closed_loop(command, clients=clients, total=total, warmup=warmup))
    return {
        "commands": load.requests,
        "errors": load.errors,
        "statuses": load.statuses,
        "commands_per_s": round(load.per_second, 1),
        **{f"command_{k}": v for k, v in latency_summary(load.latencies).items()},
    }


def _write_history(env: dict[str, str], events: int) -> None:
    os.environ.update(env)
    from bench.peer.app import Surveys

    app = Surveys(env=env)
    rng = random.Random(SEED)
    for n in range(events):
        school = rng.choice(SCHOOLS)
        app.submit(
            f"h{n // 20:06d}",
            school.code,
            school.esa,
            school.esa.rsplit("-", 1)[0],
            {"media": "สื่อดิจิทัล"},
        )
    app.close()


def _rebuild(env: dict[str, str]) -> dict[str, Any]:
    os.environ.update(env)
    from eventsourcing.projection import ProjectionRunner

    from bench.peer.app import CountsView, ResponseCounts, Surveys

    fresh = type("ResponseCountsRebuilt", (ResponseCounts,), {"name": "response_counts_rebuilt"})
    source = Surveys(env=env)
    last = source.recorder.max_notification_id() or 0
    source.close()
    started = time.perf_counter()
    runner = ProjectionRunner(
        application_class=Surveys, projection_class=fresh, view_class=CountsView, env=env
    )
    while (runner.view.max_tracking_id("Surveys") or 0) < last:
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    runner.stop()
    return {"events": last, "seconds": round(seconds, 2), "per_s": round(last / seconds)}


def run(*, clients: int, total: int, warmup: int, history: int) -> dict[str, Any]:
    with postgres() as pg:
        env = pg.env()
        port = free_port()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "bench.peer.http:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            cwd=ROOT,
            env=os.environ | env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            commands = _commands(port, clients, total, warmup)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        _write_history(env, history)
        rebuild = _rebuild(env)
    return {
        "peer": "eventsourcing 9 + PostgreSQL 15",
        **commands,
        "rebuild_events": rebuild["events"],
        "rebuild_seconds": rebuild["seconds"],
        "rebuild_events_per_s": rebuild["per_s"],
    }
