"""Read-model rebuild speed from offset 0, against reading the same topic raw as the baseline.

A synthetic history in the real event shapes (campaigns of every ESA, responses of their
schools, revisions) is written straight to the needs topic, then the reporting service rebuilds
`needs_response_rates` through its admin API (as `nithet rebuild` does). The baseline reads
the same records with the same Kafka client and only parses their JSON.
"""

from __future__ import annotations

import json
import random
import time
from typing import Any

import httpx
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from bench.stack import Stack
from bench.workload import SEED, bench_event, headers
from kit.ids import new_id
from services.directory.reference import SCHOOLS
from services.needs.domain.events import surveys

TEMPLATE_ID = "01a00000-0000-7000-8000-00000000bench"  # no template stream: read models only


def write_history(stack: Stack, events: int) -> int:
    rng = random.Random(SEED)
    producer = KafkaProducer(
        bootstrap_servers=stack.settings.kafka_bootstrap, linger_ms=20, batch_size=256 * 1024
    )
    topic = stack.settings.topic("needs")
    by_esa: dict[str, list[Any]] = {}
    for s in SCHOOLS:
        by_esa.setdefault(s.esa, []).append(s)
    written = 0
    while written < events:
        esa = rng.choice(sorted(by_esa))
        schools = by_esa[esa]
        cid = new_id()
        opened = {
            "campaign_id": cid,
            "esa": esa,
            "province": esa.rsplit("-", 1)[0],
            "academic_year": 2569,
            "title": "สำรวจ",
            "opens_on": "2026-11-01",
            "closes_on": "2027-03-31",
            "target_kind": "all",
            "target_schools": [{"school": s.code, "cluster": s.cluster} for s in schools],
            "template_id": TEMPLATE_ID,
            "template_version": 1,
        }
        if not written:
            surveys.CampaignOpened.model_validate(opened)  # the real shape, checked once
        producer.send(
            topic,
            key=f"campaign-{cid}".encode(),
            value=bench_event("needs.CampaignOpened", f"campaign-{cid}", 1, esa, opened).to_json(),
        )
        written += 1
        for s in schools:
            stream = f"response-{cid}-{s.code}"
            for revision in range(1, rng.randint(1, 3) + 1):
                data = {
                    "campaign_id": cid,
                    "school": s.code,
                    "cluster": s.cluster,
                    "esa": esa,
                    "province": opened["province"],
                    "academic_year": 2569,
                    "revision": revision,
                    "template_id": TEMPLATE_ID,
                    "template_version": 1,
                    "answers": {"media": "สื่อดิจิทัล", "priority": 3},
                    "needs": [],
                }
                if written == 1:
                    surveys.SurveyResponseSubmitted.model_validate(data)
                producer.send(
                    topic,
                    key=stream.encode(),
                    value=bench_event(
                        "needs.SurveyResponseSubmitted", stream, revision, esa, data
                    ).to_json(),
                )
                written += 1
    producer.flush()
    producer.close()
    return written


def raw_read(stack: Stack) -> dict[str, float]:
    consumer = KafkaConsumer(
        bootstrap_servers=stack.settings.kafka_bootstrap,
        enable_auto_commit=False,
        max_poll_records=10_000,
        fetch_max_bytes=64 * 1024 * 1024,
        max_partition_fetch_bytes=16 * 1024 * 1024,
    )
    topic = stack.settings.topic("needs")
    parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
    consumer.assign(parts)
    consumer.seek_to_beginning(*parts)
    ends = consumer.end_offsets(parts)
    total = sum(ends.values())
    t0, n = time.perf_counter(), 0
    while n < total:
        for records in consumer.poll(timeout_ms=500).values():
            for r in records:
                json.loads(r.value)
            n += len(records)
    seconds = time.perf_counter() - t0
    consumer.close()
    return {"events": n, "seconds": seconds, "per_s": n / seconds}


def rebuild_via_api(stack: Stack) -> dict[str, Any]:
    admin = headers(stack, "admin", "th")
    base = f"{stack.url('reporting')}/v1/admin/read-models"
    t0 = time.perf_counter()
    httpx.post(f"{base}/needs_response_rates/rebuild", headers=admin, timeout=30).raise_for_status()
    while True:
        p = httpx.get(base, headers=admin, timeout=30).json()["rebuilds"]["needs_response_rates"]
        if p["phase"] == "switched" or p["phase"].startswith("failed"):
            break
        time.sleep(0.05)
    seconds = time.perf_counter() - t0
    return {
        "phase": p["phase"],
        "events": p["events_done"],
        "seconds": seconds,
        "per_s": p["events_done"] / seconds,
    }


def behind(stack: Stack, service: str) -> int:
    """Records the service's read models have still to apply (its readiness report)."""
    checks = httpx.get(f"{stack.url(service)}/readyz", timeout=30).json()["checks"]
    models = checks.get("read_models", {}).get("read_models", {})
    return sum(int(m.get("consumer_lag_records") or 0) for m in models.values())


def wait_caught_up(stack: Stack, timeout_s: float = 600) -> None:
    """The live read models have applied the history written: the rebuild then has the
    machine to itself, as a rebuild run at a quiet hour would."""
    deadline, quiet_since = time.monotonic() + timeout_s, None
    while time.monotonic() < deadline:
        lag = sum(behind(stack, s) for s in ("needs", "reporting"))
        quiet_since = (quiet_since or time.monotonic()) if lag == 0 else None
        if quiet_since and time.monotonic() - quiet_since > 6:  # lag is measured every 5 s
            return
        time.sleep(1)
    raise TimeoutError("the live read models did not catch up")


def run(stack: Stack, *, events: int) -> dict[str, Any]:
    written = write_history(stack, events)
    wait_caught_up(stack)
    raw = raw_read(stack)
    rebuilt = rebuild_via_api(stack)
    return {
        "events_in_topic": raw["events"],
        "synthetic_events_written": written,
        "rebuild_seconds": round(rebuilt["seconds"], 2),
        "rebuild_events_per_s": round(rebuilt["per_s"]),
        "rebuild_phase": rebuilt["phase"],
        "baseline_raw_read_events_per_s": round(raw["per_s"]),
        "ratio_rebuild_to_raw_read": round(rebuilt["per_s"] / raw["per_s"], 3),
    }
