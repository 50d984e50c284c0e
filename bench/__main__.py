"""`python -m bench [commands|freshness|rebuild ...] [--quick]`: measure on this machine.

Starts a fresh stack (Kafka, FerretDB, the services as processes), runs the chosen benchmarks
with a fixed seed after a warm-up, prints a JSON document and a Markdown table, and keeps the
JSON in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from bench import commands, freshness, rebuild
from bench.stack import stack
from bench.stats import table

ALL = ["commands", "freshness", "rebuild"]


def main() -> None:
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
    with stack(["directory", "needs", "reporting"]) as s:
        if "commands" in args.which:
            results["commands"] = commands.run(s, clients=args.clients, total=300 if q else 3000,
                                               warmup=50 if q else 300)
        if "freshness" in args.which:
            results["freshness"] = freshness.run(s, samples=30 if q else 200, background_rate=50)
        if "rebuild" in args.which:
            results["rebuild"] = rebuild.run(s, events=20_000 if q else 300_000)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2, ensure_ascii=False))
    for name in ALL:
        if isinstance(results.get(name), dict):
            print(f"\n{name}\n" + table([results[name]]))  # type: ignore[list-item]


if __name__ == "__main__":
    main()
