"""Topic names and their creation.

`nithet.<service>.events` holds a service's events, key = stream id, retention forever: the
topics are the replay log for read models and late subscribers. `<group>.deadletter` holds
what a consumer group could not handle, with the error in headers.

The `nithet` prefix is a setting (NITHET_TOPIC_PREFIX), so that several deployments (or test
runs) can share one Kafka cluster without reading each other's events.
"""

from __future__ import annotations

from typing import Any

SERVICES_WITH_EVENTS = ("directory", "needs", "supervision", "curriculum")


def events_topic(service: str, prefix: str = "nithet") -> str:
    return f"{prefix}.{service}.events"


def deadletter_topic(group: str) -> str:
    return f"{group}.deadletter"


def ensure_topics(bootstrap: str, topics: list[str], partitions: int, replication: int = 1) -> None:
    """Create missing topics (blocking; call it off the event loop). On a cluster of three
    brokers, `replication` 3 (setting `kafka_replication_factor`) keeps every event on three."""
    from kafka.admin import KafkaAdminClient
    from kafka.errors import TopicAlreadyExistsError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="nithet-admin")
    try:
        existing = set(admin.list_topics())
        wanted: dict[str, Any] = {
            t: {
                "num_partitions": partitions,
                "replication_factor": replication,
                "configs": {"retention.ms": "-1", "retention.bytes": "-1"},  # kafka-python 3.0 key
            }
            for t in topics
            if t not in existing
        }
        if wanted:
            try:
                admin.create_topics(wanted)
            except TopicAlreadyExistsError:
                pass
        _wait_until_listed(admin, topics)
    finally:
        admin.close()


def _wait_until_listed(admin: Any, topics: list[str], timeout_s: float = 15) -> None:
    """New topics take a moment to reach every broker's metadata: wait for them."""
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if set(topics) <= set(admin.list_topics()):
            return
        time.sleep(0.1)
