"""National-scale benchmark: rebuild events/s (before/after tuning) and view latency p95.

`make bench-national` (or `.venv/bin/python -m bench.national --campaigns 8 --years 5`):
starts its own Kafka and FerretDB on free ports in a temporary folder, writes the national
history (bench.national.generate), rebuilds the reporting read models from offset 0 with the
validating upsert path and with the tuned path, then times the unified ESA, province and
national views on the result. Figures go to stdout and bench/results/national.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.national.generate import history, write
from bench.national.world import national
from kit.mongo import connect
from kit.readmodel.rebuild import RebuildTuning, rebuild
from kit.readmodel.store import ReadModelStore
from nithet import servers
from services.reporting.application import views
from services.reporting.projections.catalogue import projections

BEFORE = RebuildTuning(parse_in_pydantic=False, bulk_insert=False, write_batch=1000)
AFTER = RebuildTuning()
MODEL = "needs_esa_summary"  # what the unified views read
RESULTS = Path(__file__).resolve().parents[1] / "results" / "national.json"


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


async def timed_rebuild(
    store: ReadModelStore, bootstrap: str, name: str, tuning: RebuildTuning
) -> dict[str, Any]:
    projection = next(p for p in projections() if p.name == name)
    result = await rebuild(projection, store, bootstrap, tuning=tuning)
    events = result.progress.done
    return {
        "model": name,
        "events": events,
        "documents": result.documents,
        "seconds": round(result.seconds, 1),
        "events_per_second": round(events / result.seconds),
        "read_fold_seconds": round(result.read_seconds, 1),
        "write_seconds": round(result.seconds - result.read_seconds, 1),
    }


async def query_latency(
    store: ReadModelStore, codes: dict[str, list[str]], rounds: dict[str, int]
) -> dict[str, Any]:
    rng = random.Random(7)
    timings: dict[str, Any] = {}
    for level, n in rounds.items():
        samples = []
        for _ in range(n):
            code = rng.choice(codes[level])
            started = time.perf_counter()
            await views.view(store, level, code, 2569, None)
            samples.append((time.perf_counter() - started) * 1000)
        timings[level] = {
            "queries": n,
            "p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(p95(samples), 1),
        }
    return timings


async def measure(bootstrap: str, mongo: str, args: argparse.Namespace) -> dict[str, Any]:
    world = national(random.Random(args.seed))
    started = time.monotonic()
    events = history(world, args.seed, {"campaigns": args.campaigns, "years": args.years})
    generated_s = time.monotonic() - started
    log(f"generated {len(events):,} events in {generated_s:.0f}s; writing to Kafka")
    started = time.monotonic()
    written = await asyncio.to_thread(write, bootstrap, "bench", events)
    written_s = time.monotonic() - started
    log(f"written in {written_s:.0f}s; rebuilding")
    del events
    client = connect(mongo, "bench")
    store = ReadModelStore(client["bench_reporting"], "bench", "bench")
    organisation = await timed_rebuild(store, bootstrap, "reporting_organisation", AFTER)
    before = await timed_rebuild(store, bootstrap, MODEL, BEFORE)
    log(f"rebuild before: {before}")
    after = await timed_rebuild(store, bootstrap, MODEL, AFTER)
    log(f"rebuild after: {after}; timing views")
    codes = {"esa": sorted(world.esas), "province": world.provinces, "nation": ["th"]}
    rounds = {"esa": args.queries, "province": args.queries, "nation": max(5, args.queries // 4)}
    latency = await query_latency(store, codes, rounds)
    await client.close()
    return {
        "history": {
            "provinces": len(world.provinces),
            "esas": len(world.esas),
            "schools": len(world.schools),
            "events": written,
            "generate_seconds": round(generated_s, 1),
            "write_to_kafka_seconds": round(written_s, 1),
        },
        "rebuild": {"organisation": organisation, "needs_before": before, "needs_after": after},
        "speedup": round(after["events_per_second"] / before["events_per_second"], 2),
        "views_2569": latency,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=2569)
    parser.add_argument("--campaigns", type=int, default=8, help="needs campaigns per ESA per year")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--queries", type=int, default=40, help="timed queries per level")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nithet-bench-") as folder:
        base = Path(folder)
        ferretdb = servers.start(servers.ferretdb(base / "ferretdb", servers.free_port()))
        kafka = servers.start(
            servers.kafka(base / "kafka", servers.free_port(), servers.free_port())
        )
        try:
            results = asyncio.run(measure(kafka.address, f"mongodb://{ferretdb.address}", args))
        finally:
            servers.stop(kafka)
            servers.stop(ferretdb)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
