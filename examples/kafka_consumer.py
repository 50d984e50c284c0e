"""Reading Nithet's events from Kafka, as a system inside the network would (kafka-python).

It relies only on the documented contract (docs/asyncapi.yaml): topics
`<prefix>.<service>.events`, one CloudEvents 1.0 event per record in structured mode (JSON value,
header `content-type: application/cloudevents+json`), key = stream id, events of a stream in
`streamversion` order, at-least-once delivery. It imports nothing from Nithet.

    pip install "kafka-python[crc32c]>=3.0,<3.1"
    python examples/kafka_consumer.py --bootstrap 127.0.0.1:9092 --group my-dashboard \
        --services needs directory --province loei

Each event it takes prints one JSON line (id, type, time, tenant, province, subject, version).
Offsets are committed after the batch is handled, so a restart goes on where it stopped; an event
seen again (same id, or a version already applied for its stream) is skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kafka import KafkaConsumer

SERVICES = ["directory", "needs", "supervision", "curriculum"]
CONTENT_TYPE = "application/cloudevents+json"


def parse(value: bytes, headers: list[tuple[str, bytes]]) -> dict[str, Any] | None:
    """The CloudEvent of a record, or None for a record that is not one."""
    if dict(headers).get("content-type", b"").decode() != CONTENT_TYPE:
        return None
    try:
        event = json.loads(value)
    except ValueError:
        return None
    required = ("id", "type", "subject", "streamversion", "tenantid", "provinceid", "data")
    return event if all(k in event for k in required) else None


class Applied:
    """The last version applied per stream: a repeated or older event is skipped."""

    def __init__(self) -> None:
        self.versions: dict[str, int] = {}

    def fresh(self, event: dict[str, Any]) -> bool:
        stream, version = event["subject"], int(event["streamversion"])
        if version <= self.versions.get(stream, 0):
            return False
        self.versions[stream] = version
        return True


def handle(event: dict[str, Any]) -> None:
    """Your system's work goes here; this example prints a line."""
    line = {
        "id": event["id"],
        "type": event["type"],
        "time": event.get("time"),
        "tenant": event["tenantid"],
        "province": event["provinceid"],
        "subject": event["subject"],
        "version": event["streamversion"],
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bootstrap", default="127.0.0.1:9092")
    parser.add_argument("--prefix", default="nithet", help="the deployment's topic prefix")
    parser.add_argument("--group", required=True, help="your own consumer group")
    parser.add_argument("--services", nargs="+", default=SERVICES)
    parser.add_argument("--province", help="only events of this province (e.g. loei)")
    parser.add_argument("--max-events", type=int, default=0, help="stop after this many")
    args = parser.parse_args(argv)

    consumer = KafkaConsumer(
        *[f"{args.prefix}.{service}.events" for service in args.services],
        bootstrap_servers=args.bootstrap,
        group_id=args.group,
        enable_auto_commit=False,  # commit after handling, not before
        auto_offset_reset="earliest",  # a new group reads the whole history
        metadata_max_age_ms=5000,
    )
    applied, taken = Applied(), 0
    try:
        while not args.max_events or taken < args.max_events:
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    event = parse(record.value, record.headers or [])
                    if event is None or not applied.fresh(event):
                        continue
                    if args.province and event["provinceid"] != args.province:
                        continue
                    handle(event)
                    taken += 1
            consumer.commit()
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
