"""Writing a national-size event history straight to Kafka, with the real event shapes.

`python -m bench.national.generate --bootstrap HOST:PORT --prefix nithet` (fixed seed).
Payloads are checked against the services' own event classes (bench.national.histories), and
each record's Kafka timestamp is the event's time, so views "as of" work on the history too.
A domain's history is one generator function in GENERATORS: add supervision and curriculum
generators beside these when their events exist.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

from bench.national.histories import Generated, directory_history, needs_history
from bench.national.world import World, national

Generator = Callable[[World, random.Random, dict[str, Any]], Iterator[Generated]]
GENERATORS: dict[str, Generator] = {"directory": directory_history, "needs": needs_history}


def event_id(n: int) -> str:
    """A UUID-shaped id, unique within the history (and cheap to make by the million)."""
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def envelope(g: Generated, version: int, n: int) -> bytes:
    """The CloudEvent as the relay writes it (structured mode JSON)."""
    return json.dumps(
        {
            "id": event_id(n),
            "source": f"/nithet/{g.type.split('.')[0]}",
            "type": g.type,
            "specversion": "1.0",
            "time": g.time.isoformat().replace("+00:00", "Z"),
            "subject": g.stream,
            "datacontenttype": "application/json",
            "data": g.data,
            "tenantid": g.tenant,
            "provinceid": g.province,
            "streamversion": version,
            "schemaversion": 1,
            "correlationid": g.stream,
            "causationid": g.stream,
            "actorid": "bench:national",
            "actorrole": g.role,
        },
        ensure_ascii=False,
    ).encode()


def history(world: World, seed: int, options: dict[str, Any]) -> list[Generated]:
    rng = random.Random(seed)
    generated = [g for gen in GENERATORS.values() for g in gen(world, rng, options)]
    generated.sort(key=lambda g: g.time)  # stable: each stream keeps its own order
    return generated


def write(bootstrap: str, prefix: str, generated: list[Generated], partitions: int = 4) -> int:
    from kafka import KafkaProducer

    from kit.messaging.topics import ensure_topics, events_topic

    ensure_topics(bootstrap, [events_topic(s, prefix) for s in GENERATORS], partitions)
    producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=20, batch_size=512 * 1024)
    versions: dict[str, int] = {}
    headers = [("content-type", b"application/cloudevents+json")]
    failed: list[BaseException] = []
    for n, g in enumerate(generated):
        versions[g.stream] = versions.get(g.stream, 0) + 1
        future = producer.send(
            events_topic(g.type.split(".")[0], prefix),
            key=g.stream.encode(),
            value=envelope(g, versions[g.stream], n),
            headers=headers,
            timestamp_ms=int(g.time.timestamp() * 1000),
        )
        future.add_errback(failed.append)
    producer.flush()
    producer.close()
    if failed:
        raise RuntimeError(f"{len(failed)} records refused, the first: {failed[0]!r}")
    return len(generated)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--prefix", default="nithet")
    parser.add_argument("--seed", type=int, default=2569)
    parser.add_argument("--campaigns", type=int, default=8, help="per ESA per academic year")
    parser.add_argument("--years", type=int, default=5, help="academic years up to 2569")
    args = parser.parse_args(argv)
    started = time.monotonic()
    world = national(random.Random(args.seed))
    events = history(world, args.seed, {"campaigns": args.campaigns, "years": args.years})
    written = write(args.bootstrap, args.prefix, events)
    print(f"{written:,} events in {time.monotonic() - started:.0f}s")


if __name__ == "__main__":
    main()
