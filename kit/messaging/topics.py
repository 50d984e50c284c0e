"""Topic names and their creation.

`nithet.<service>.events` holds a service's events, key = stream id, retention forever: the
topics are the replay log for read models and late subscribers. `nithet.<group>.deadletter`
holds what a consumer group could not handle, with the error in headers.
"""

from __future__ import annotations

from typing import Any

SERVICES_WITH_EVENTS = ("directory", "needs", "supervision", "curriculum")


def events_topic(service: str) -> str:
    return f"nithet.{service}.events"


def deadletter_topic(group: str) -> str:
    return f"nithet.{group}.deadletter"


def ensure_topics(bootstrap: str, topics: list[str], partitions: int) -> None:
    """Create missing topics (blocking; call it off the event loop)."""
    from kafka.admin import KafkaAdminClient
    from kafka.errors import TopicAlreadyExistsError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="nithet-admin")
    try:
        existing = set(admin.list_topics())
        wanted: dict[str, Any] = {
            t: {
                "num_partitions": partitions,
                "replication_factor": 1,
                "topic_configs": {"retention.ms": "-1", "retention.bytes": "-1"},
            }
            for t in topics
            if t not in existing
        }
        if wanted:
            try:
                admin.create_topics(wanted)
            except TopicAlreadyExistsError:
                pass
    finally:
        admin.close()
