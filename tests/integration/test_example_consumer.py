"""The example Kafka consumer in examples/ reads a deployment's events by the documented contract."""

from __future__ import annotations

import ast
import asyncio
import json
import subprocess
import sys
import uuid

from kit.settings import Settings
from nithet.servers import ROOT
from services.directory.main import create_app as directory_app
from tests.support.harness import eventually, serve
from tests.support.kafka_log import create_topics, event_log
from tests.support.threads import enlarge_default_executor

EXAMPLE = ROOT / "examples" / "kafka_consumer.py"


def test_the_example_uses_kafka_python_and_nothing_of_nithet() -> None:
    tree = ast.parse(EXAMPLE.read_text(encoding="utf-8"))
    imported = {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert "kafka" in imported
    assert not imported & {"kit", "services", "nithet", "tests"}


async def test_the_example_consumer_prints_every_loei_event_of_the_directory(
    settings: Settings,
) -> None:
    enlarge_default_executor()
    await create_topics(settings)
    async with serve(directory_app(settings)):
        log = await eventually(
            lambda: event_log(settings),
            lambda log: sum(r.event().type == "directory.PersonRegistered" for r in log) >= 13,
            timeout_s=60,
        )
    loei = [r.event() for r in log if r.event().provinceid == "loei"]
    command = [sys.executable, str(EXAMPLE), "--bootstrap", settings.kafka_bootstrap]
    command += ["--prefix", settings.topic_prefix, "--group", f"example-{uuid.uuid4().hex[:8]}"]
    command += ["--services", "directory", "--province", "loei", "--max-events", str(len(loei))]
    done = await asyncio.to_thread(
        subprocess.run, command, capture_output=True, text=True, timeout=120, check=True
    )
    printed = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted(p["id"] for p in printed) == sorted(e.id for e in loei)
    assert all(p["province"] == "loei" for p in printed)
