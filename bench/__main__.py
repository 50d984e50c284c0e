"""`python -m bench [commands|freshness|rebuild ...] [--quick]`: measure on this machine.

Starts a fresh stack (Kafka, FerretDB, the services as processes), runs the chosen benchmarks
with a fixed seed after a warm-up, prints a JSON document and a Markdown table, and keeps the
JSON in bench/results/.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench import commands, freshness, idle, rebuild, relay, web, webhooks
from bench.stack import stack
from bench.stats import table
from nithet.run import available_services as run_services

ALL = ["commands", "freshness", "webhooks", "idle", "relay", "rebuild", "web", "peer"]


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _exit_on_sigterm() -> None:
    """A terminated benchmark still stops the stack it started (its `finally` blocks run)."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


RESULTS = Path(__file__).parent / "results" / f"{time.strftime('%Y%m%d-%H%M%S')}.json"


def _keep(results: dict[str, object]) -> None:
    """Written after each benchmark, so a run stopped part way keeps what it measured."""
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2))


def main() -> None:
    _exit_on_sigterm()
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("which", nargs="*", help=f"any of {', '.join(ALL)} (default: all)")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--clients", type=int, default=32)
    args = parser.parse_args()
    args.which = args.which or ALL
    unknown = set(args.which) - set(ALL)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    q = args.quick
    results: dict[str, object] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    ours = [b for b in args.which if b != "peer"]
    services = ["directory", "needs", "reporting"]
    if "webhooks" in ours:  # a receiver on 127.0.0.1, over plain HTTP
        services.append("subscriptions")
        os.environ |= {"NITHET_WEBHOOK_ALLOW_HTTP": "true", "NITHET_WEBHOOK_ALLOW_LOOPBACK": "true"}
    if "web" in ours or "idle" in ours:  # the whole stack, as `make up` starts it
        services = [n for n in run_services() if n != "web"] + ["web"]
    with stack(services) if ours else _nothing() as s:
        if "commands" in args.which:
            results["commands"] = commands.run(
                s, clients=args.clients, total=300 if q else 3000, warmup=50 if q else 300
            )
            _keep(results)
        if "freshness" in args.which:
            results["freshness"] = freshness.run(s, samples=30 if q else 200, background_rate=50)
            _keep(results)
        if "webhooks" in args.which:
            results["webhooks"] = webhooks.run(s, history=3_000 if q else 20_000)
            _keep(results)
        if "idle" in args.which:  # at rest 30 s after a load, as an office server would be
            if "commands" not in args.which:
                commands.run(s, clients=8, total=300, warmup=0)
            time.sleep(10 if q else 30)
            results["idle"] = idle.run(s, seconds=10 if q else 30)
            _keep(results)
        if "relay" in args.which:
            results["relay"] = relay.run(s, events=2_000 if q else 20_000)
            _keep(results)
        if "rebuild" in args.which:
            results["rebuild"] = rebuild.run(s, events=20_000 if q else 300_000)
            _keep(results)
        if "web" in args.which:
            results["web"] = web.run(s, samples=5 if q else 20)
            _keep(results)
    if "peer" in args.which:
        from bench.peer.run import run as run_peer

        peer = run_peer(
            clients=args.clients,
            total=300 if q else 3000,
            warmup=50 if q else 300,
            history=2_000 if q else 20_000,
        )
        results["peer"] = peer
        ours_c = results.get("commands", {})
        ours_r = results.get("rebuild", {})
        if isinstance(ours_c, dict) and ours_c:
            peer["ratio_our_commands_per_s_to_peer"] = round(
                ours_c["commands_per_s"] / peer["commands_per_s"], 2
            )
        if isinstance(ours_r, dict) and ours_r:
            peer["ratio_our_rebuild_per_s_to_peer"] = round(
                ours_r["rebuild_events_per_s"] / peer["rebuild_events_per_s"], 2
            )
    _keep(results)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    for name in ALL:
        if isinstance(results.get(name), dict):
            print(f"\n{name}\n" + table([results[name]]))  # type: ignore[list-item]


if __name__ == "__main__":
    main()
