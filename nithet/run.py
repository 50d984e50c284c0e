"""`make run`: Kafka, FerretDB and every service as local processes, with demo data.

Foreground (`nithet run`): Ctrl-C stops everything. Background (`nithet up`): the same run
detached, its output in var/log/; `nithet down` stops it, `nithet status` asks each service's
/readyz. Data lives in var/ (git-ignored) and survives restarts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from kit.settings import Settings
from nithet import servers

ROOT = servers.ROOT
VAR = Path(os.environ.get("NITHET_VAR", ROOT / "var"))
PID_FILE = VAR / "nithet.pid"
# Start order: the directory first (others read its events), the web app last.
SERVICES = ["directory", "needs", "supervision", "curriculum", "reporting", "subscriptions", "web"]


def available_services() -> list[str]:
    return [s for s in SERVICES if (ROOT / "services" / s / "main.py").exists()]


def service_env(settings: Settings, kafka: str, mongo: str) -> dict[str, str]:
    # Two malloc arenas instead of one per thread that allocates (Kafka's client threads, the
    # executor's); an operator's own setting wins. The whole stack at rest: 988 MB against
    # 999 MB without it, in the same benchmark (docs/PERFORMANCE.md, idle).
    return (
        {"MALLOC_ARENA_MAX": "2"}
        | os.environ
        | {
            "NITHET_KAFKA_BOOTSTRAP": kafka,
            "NITHET_MONGO_URL": f"mongodb://{mongo}",
            "NITHET_ENVIRONMENT": settings.environment,
            "PYTHONUNBUFFERED": "1",
        }
    )


LOCAL_WEBHOOKS_REFUSED = (
    "WEBHOOKS=local อนุญาตให้ส่งเว็บฮุกไปยัง http และเครื่องนี้ ใช้ได้เฉพาะตอนพัฒนา "
    "ไม่ใช้กับ NITHET_ENVIRONMENT=production\n"
    "WEBHOOKS=local allows plain http and loopback webhook receivers, for development only; "
    "it is refused with NITHET_ENVIRONMENT=production."
)


def local_webhooks() -> str | None:
    """WEBHOOKS=local: every service started from here allows http and loopback webhook
    receivers (NITHET_WEBHOOK_LOCAL). Returns why it is refused (production), else None."""
    if os.environ.get("NITHET_ENVIRONMENT", "").lower() == "production":  # as Settings reads it
        return LOCAL_WEBHOOKS_REFUSED
    os.environ["NITHET_WEBHOOK_LOCAL"] = "true"
    return None


def start_service(
    name: str, settings: Settings, env: dict[str, str], logs: Path, log_name: str = ""
) -> subprocess.Popen[bytes]:
    log = (logs / f"{log_name or name}.log").open("ab")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            f"services.{name}.main:create_app",
            "--host",
            settings.host,
            "--port",
            str(settings.port(name)),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )


def wait_ready(settings: Settings, names: list[str], timeout_s: float = 90) -> dict[str, bool]:
    deadline = time.monotonic() + timeout_s
    ready = {n: False for n in names}
    while time.monotonic() < deadline and not all(ready.values()):
        for name in names:
            if not ready[name]:
                ready[name] = _ready(settings, name)
        time.sleep(0.3)
    return ready


def _ready(settings: Settings, name: str) -> bool:
    try:
        return httpx.get(f"{settings.url(name)}/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def run() -> int:
    settings = Settings()
    logs = VAR / "log"
    logs.mkdir(parents=True, exist_ok=True)
    kafka_port = int(os.environ.get("NITHET_KAFKA_PORT", "9092"))
    mongo_port = int(os.environ.get("NITHET_FERRETDB_PORT", "27017"))
    print("Starting FerretDB and Kafka (first run builds and downloads them)...", flush=True)
    store = servers.start(servers.ferretdb(VAR / "ferretdb", mongo_port))
    broker = servers.start(servers.kafka(VAR / "kafka", kafka_port, kafka_port + 1))
    env = service_env(settings, broker.address, store.address)
    names = available_services()
    processes = {n: start_service(n, settings, env, logs) for n in names}
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        ready = wait_ready(settings, names)
        print_summary(settings, ready)
        while not stopping:
            for name, proc in processes.items():
                if proc.poll() is not None and not stopping:
                    print(f"{name} exited ({proc.returncode}); restarting, see {logs / name}.log")
                    processes[name] = start_service(name, settings, env, logs)
            time.sleep(0.5)
    finally:
        print("\nStopping...", flush=True)
        for proc in processes.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in processes.values():
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        servers.stop(broker)
        servers.stop(store)
        print("Stopped.")
    return 0


def print_summary(settings: Settings, ready: dict[str, bool]) -> None:
    print("\nNithet is running:")
    for name, ok in ready.items():
        state = "ready" if ok else f"NOT READY (see var/log/{name}.log)"
        print(f"  {name:<14} {settings.url(name):<24} {state}")
    if "web" in ready:
        print(f"\nOpen {settings.url('web')} and log in as one of the demo people.")
    print("API docs: <service url>/docs   Tokens: .venv/bin/nithet token supervisor loei-3")
    if os.environ.get("NITHET_WEBHOOK_LOCAL") == "true":
        print("Webhooks: local (http and loopback receivers allowed, for development only)")
    print("Ctrl-C stops everything.\n", flush=True)


def up() -> int:
    if PID_FILE.exists() and _alive(int(PID_FILE.read_text())):
        print("Nithet is already running (make status, make down).")
        return 0
    VAR.mkdir(parents=True, exist_ok=True)
    (VAR / "log").mkdir(exist_ok=True)
    log = (VAR / "log" / "nithet.log").open("ab")
    proc = subprocess.Popen(
        [sys.executable, "-m", "nithet.cli", "run"],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        start_new_session=True,
    )
    PID_FILE.write_text(str(proc.pid))
    settings = Settings()
    ready = wait_ready(settings, available_services(), timeout_s=300)
    print_summary(settings, ready)
    print("Running in the background: make status, make down. Log: var/log/nithet.log")
    return 0 if all(ready.values()) else 1


def down() -> int:
    if not PID_FILE.exists():
        print("Nithet is not running.")
        return 0
    pid = int(PID_FILE.read_text())
    if _alive(pid):
        os.kill(pid, signal.SIGTERM)
        for _ in range(600):
            if not _alive(pid):
                break
            time.sleep(0.1)
    PID_FILE.unlink(missing_ok=True)
    print("Stopped.")
    return 0


def status() -> int:
    settings = Settings()
    every = True
    for name in available_services():
        try:
            r = httpx.get(f"{settings.url(name)}/readyz", timeout=3)
            state = "ready" if r.status_code == 200 else f"not ready: {r.json().get('checks')}"
            every &= r.status_code == 200
        except httpx.HTTPError:
            state, every = "down", False
        print(f"  {name:<14} {settings.url(name):<24} {state}")
    return 0 if every else 1


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False
