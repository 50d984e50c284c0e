"""Real Kafka and FerretDB for a test session: local processes on free ports (no Docker).

When a Docker engine answers and `testcontainers` is installed, Kafka and MongoDB 7
containers are used instead; both paths yield the same `Infra` (bootstrap servers, Mongo URL).
Set NITHET_TEST_KAFKA and NITHET_TEST_MONGO_URL to use servers that are already running.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nithet import servers


@dataclass
class Infra:
    kafka: str
    mongo_url: str
    kafka_server: servers.Server | None = None
    ferretdb_server: servers.Server | None = None
    _stops: list[Callable[[], None]] = field(default_factory=list)

    def stop(self) -> None:
        for stop in reversed(self._stops):
            stop()

    def stop_kafka(self, hard: bool = False) -> None:
        assert self.kafka_server is not None, "only local Kafka can be stopped by tests"
        servers.stop(self.kafka_server, hard=hard)

    def start_kafka(self) -> None:
        assert self.kafka_server is not None
        servers.start(self.kafka_server)


def docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


# A test session makes a few thousand partitions (every test its own deployment): more heap than
# the idle office default (nithet/servers.py).
TEST_KAFKA_JVM = "-Xms128m -Xmx768m -XX:+UseSerialGC"


def start_local(folder: Path) -> Infra:
    os.environ.setdefault("NITHET_KAFKA_JVM", TEST_KAFKA_JVM)
    ferretdb = servers.start(servers.ferretdb(folder / "ferretdb", servers.free_port()))
    kafka = servers.start(servers.kafka(folder / "kafka", servers.free_port(), servers.free_port()))
    infra = Infra(kafka.address, f"mongodb://{ferretdb.address}", kafka, ferretdb)
    infra._stops += [lambda: servers.stop(ferretdb), lambda: servers.stop(kafka)]
    return infra


def start_containers() -> Infra:
    from testcontainers.kafka import KafkaContainer
    from testcontainers.mongodb import MongoDbContainer

    kafka = KafkaContainer("apache/kafka:4.1.1").with_kraft()
    mongo = MongoDbContainer("mongo:7")
    kafka.start()
    mongo.start()
    infra = Infra(kafka.get_bootstrap_server(), mongo.get_connection_url())
    infra._stops += [kafka.stop, mongo.stop]
    return infra


def start_infra(folder: Path) -> Infra:
    if os.environ.get("NITHET_TEST_KAFKA") and os.environ.get("NITHET_TEST_MONGO_URL"):
        return Infra(os.environ["NITHET_TEST_KAFKA"], os.environ["NITHET_TEST_MONGO_URL"])
    if os.environ.get("NITHET_TEST_CONTAINERS") == "1" and docker_answers():
        return start_containers()
    return start_local(folder)
