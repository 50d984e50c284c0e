"""A whole Nithet stack for benchmarks: fresh Kafka and FerretDB, services as real processes."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from kit.settings import Settings
from nithet import run, servers


@dataclass
class Stack:
    settings: Settings
    folder: Path
    kafka: servers.Server
    ferretdb: servers.Server
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)

    def url(self, service: str) -> str:
        return self.settings.url(service)

    replicas: dict[str, int] = field(default_factory=dict)  # "needs#2" -> its port

    def start(self, name: str) -> None:
        """(Re)start a service, or a second replica of one (`needs#2`, on a port of its own)."""
        service, _, _ = name.partition("#")
        settings, env = self.settings, self.env
        if name in self.replicas:
            port = self.replicas[name]
            settings = settings.model_copy(update={f"{service}_port": port})
            env = env | {f"NITHET_{service.upper()}_PORT": str(port)}
        logs = self.folder / "log"
        self.processes[name] = run.start_service(
            service, settings, env, logs, name.replace("#", "-")
        )

    def url_of(self, name: str) -> str:
        """The address of a service or of one of its replicas."""
        service, _, _ = name.partition("#")
        if name in self.replicas:
            return f"http://{self.settings.host}:{self.replicas[name]}"
        return self.url(service)

    def kill(self, name: str) -> None:
        """kill -9 of a service's process (its relay and consumers die with it)."""
        proc = self.processes[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def _ports(base: int) -> dict[str, int]:
    names = ["web", "needs", "supervision", "curriculum", "reporting", "subscriptions", "directory"]
    return {f"{n}_port": base + i for i, n in enumerate(names)}


def _free_base(base: int) -> int:
    """The first base port from `base` (in steps of 10) whose seven service ports are all free:
    another stack on this machine (another benchmark) must not be answered for ours."""
    for candidate in range(base, base + 2000, 10):
        if all(_free(candidate + i) for i in range(7)):
            return candidate
    raise RuntimeError(f"no seven free ports from {base}")


def _free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@contextlib.contextmanager
def stack(services: list[str], base_port: int = 18000) -> Iterator[Stack]:
    base_port = _free_base(base_port)
    folder = Path(tempfile.mkdtemp(prefix="nithet-bench-"))
    ferretdb = servers.start(servers.ferretdb(folder / "ferretdb", servers.free_port()))
    kafka = servers.start(servers.kafka(folder / "kafka", servers.free_port(), servers.free_port()))
    settings = Settings(
        kafka_bootstrap=kafka.address,
        mongo_url=f"mongodb://{ferretdb.address}",
        **_ports(base_port),
    )
    env = run.service_env(settings, kafka.address, ferretdb.address)
    env |= {f"NITHET_{k.upper()}": str(v) for k, v in _ports(base_port).items()}
    logs = folder / "log"
    logs.mkdir()
    s = Stack(settings, folder, kafka, ferretdb, env=env)
    try:
        for name in services:
            s.processes[name] = run.start_service(name, settings, env, logs)
        ready = run.wait_ready(settings, services, timeout_s=120)
        if not all(ready.values()):
            raise RuntimeError(f"services not ready: {ready}; logs in {logs}")
        yield s
    finally:
        for proc in s.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in s.processes.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=15)
        servers.stop(kafka)
        servers.stop(ferretdb)


def wait_until(probe: callable, timeout_s: float = 120) -> None:  # type: ignore[valid-type]
    deadline = time.monotonic() + timeout_s
    while not probe():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(0.2)


def get_json(url: str, headers: dict[str, str], **params: object) -> object:
    return httpx.get(url, headers=headers, params=params, timeout=10).json()
