"""Real Kafka and FerretDB as local processes (no Docker): start, wait until they answer, stop.

Used by `make run` (fixed ports, data in var/) and by the test and benchmark fixtures (free
ports, throw-away folders). The binaries come from infra/: Kafka's jars from Maven Central,
FerretDB built from the Go module proxy, both cached by content hash.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INFRA = ROOT / "infra"


@dataclass
class Server:
    name: str
    port: int
    data_dir: Path
    command: list[str]
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _script_output(script: str) -> str:
    out = subprocess.run(["bash", str(INFRA / script)], check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


# SQLite settings of FerretDB (see docs/PERFORMANCE.md, "FerretDB's SQLite"): WAL with
# synchronous=NORMAL survives a crash of any process (what MongoDB's default write concern
# promises too: its journal is flushed every 100 ms).
SQLITE_SYNCHRONOUS = os.environ.get("NITHET_SQLITE_SYNCHRONOUS", "normal")


def ferretdb(data_dir: Path, port: int) -> Server:
    binary = _script_output("ferretdb/build.sh")
    data_dir.mkdir(parents=True, exist_ok=True)
    pragmas = ["busy_timeout(10000)", "journal_mode(wal)", f"synchronous({SQLITE_SYNCHRONOUS})"]
    url = f"file:{data_dir}/?" + "&".join(f"_pragma={p}" for p in pragmas)
    command = [binary, "-listen-addr", f"127.0.0.1:{port}", "-sqlite-url", url]
    if os.environ.get("NITHET_FERRETDB_PPROF"):  # e.g. 127.0.0.1:6060: Go profiles of FerretDB
        command += ["-pprof-addr", os.environ["NITHET_FERRETDB_PPROF"]]
    # FerretDB turns every document into Go values and back: with Go's default GOGC=100 a
    # fifth of its CPU went to garbage collection under the command benchmark. 400 trades a
    # few tens of MB for most of that (docs/PERFORMANCE.md).
    env = {"GOGC": os.environ.get("NITHET_FERRETDB_GOGC", "400")}
    return Server("ferretdb", port, data_dir, command, data_dir.parent / "ferretdb.log", env=env)


def kafka(data_dir: Path, port: int, controller_port: int) -> Server:
    jars = _script_output("kafka/install.sh")
    data_dir.mkdir(parents=True, exist_ok=True)
    template = (INFRA / "kafka" / "server.properties.template").read_text()
    properties = data_dir.parent / f"kafka-{port}.properties"
    properties.write_text(
        template.replace("@PORT@", str(port))
        .replace("@CONTROLLER_PORT@", str(controller_port))
        .replace("@DATA_DIR@", str(data_dir))
    )
    classpath = f"{jars}/*"
    if not (data_dir / "meta.properties").exists():
        cluster_id = (
            subprocess.run(
                ["java", "-cp", classpath, "kafka.tools.StorageTool", "random-uuid"],
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        subprocess.run(
            [
                "java",
                "-cp",
                classpath,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                cluster_id,
                "-c",
                str(properties),
                "--ignore-formatted",
            ],
            check=True,
            capture_output=True,
        )
    command = [
        "java",
        # Sized for one office's event log, idle most of the day (docs/PERFORMANCE.md, "At
        # rest"): a small heap with the serial collector (no GC threads to wake), client JIT.
        *os.environ.get("NITHET_KAFKA_JVM", "-Xms64m -Xmx320m -XX:+UseSerialGC").split(),
        "-XX:TieredStopAtLevel=1",
        "-XX:CICompilerCount=1",
        "-Xss512k",
        f"-Dlog4j2.configurationFile={INFRA / 'kafka' / 'log4j2.yaml'}",
        "-cp",
        classpath,
        "kafka.Kafka",
        str(properties),
    ]
    return Server("kafka", port, data_dir, command, data_dir.parent / f"kafka-{port}.log")


def start(server: Server, timeout_s: float = 90) -> Server:
    log = server.log_path.open("ab")
    server.process = subprocess.Popen(
        server.command,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env=os.environ | server.env,
    )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited at start; see {server.log_path}")
        if _answers(server):
            return server
        time.sleep(0.2)
    stop(server)
    raise RuntimeError(f"{server.name} did not answer within {timeout_s}s; see {server.log_path}")


def _answers(server: Server) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=0.5):
            pass
    except OSError:
        return False
    if server.name == "kafka":
        return _kafka_answers(server.address)
    return _mongo_answers(server.address)


def _kafka_answers(address: str) -> bool:
    from kafka.admin import KafkaAdminClient

    try:
        admin = KafkaAdminClient(bootstrap_servers=address, request_timeout_ms=3000)
        try:
            admin.list_topics()
            admin.describe_cluster()
        finally:
            admin.close()
        return True
    except Exception:
        return False


def _mongo_answers(address: str) -> bool:
    import pymongo

    client: pymongo.MongoClient[dict[str, object]] = pymongo.MongoClient(
        f"mongodb://{address}", serverSelectionTimeoutMS=1000
    )
    try:
        client.admin.command("ping")
        return True
    except Exception:
        return False
    finally:
        client.close()


def stop(server: Server, timeout_s: float = 20, hard: bool = False) -> None:
    """SIGTERM (or SIGKILL when `hard`) the server's process group and wait for it."""
    process = server.process
    if process is None or process.poll() is not None:
        return
    with _suppress_lookup():
        os.killpg(process.pid, signal.SIGKILL if hard else signal.SIGTERM)
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        with _suppress_lookup():
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class _suppress_lookup:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, *_: object) -> bool:
        return kind is ProcessLookupError
