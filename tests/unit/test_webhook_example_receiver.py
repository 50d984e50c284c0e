"""The example receiver in examples/ takes signed deliveries, refuses the others, prints events."""

from __future__ import annotations

import ast
import importlib.util
import json
import threading
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from types import ModuleType

import httpx
import pytest

from nithet.servers import ROOT
from services.subscriptions.domain.signature import new_secret, webhook_headers
from tests.support.events import event

EXAMPLE = ROOT / "examples" / "webhook_receiver.py"
SECRET, ROTATED = new_secret(), new_secret()


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def url() -> Iterator[str]:
    example = _example()
    server = ThreadingHTTPServer(("127.0.0.1", 0), example.receiver([ROTATED, SECRET], set()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks"
    server.shutdown()
    server.server_close()


def post(
    url: str, secrets: list[str], body: bytes, stamp: int | None = None, sent: bytes = b""
) -> int:
    event_id = json.loads(body)["id"]
    signed = webhook_headers(secrets, event_id, stamp or int(time.time()), body)
    return httpx.post(url, content=sent or body, headers=signed).status_code


def test_the_example_uses_the_standard_library_only() -> None:
    tree = ast.parse(EXAMPLE.read_text(encoding="utf-8"))
    imported = {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"__future__", "argparse", "base64", "hashlib", "hmac", "json", "os"} | {
        "time",
        "http",
    }


def test_signed_deliveries_are_taken_and_printed_and_a_repeat_is_marked(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    body = event("campaign-c1", 1, "needs.CampaignOpened").to_json()
    assert post(url, [SECRET], body) == 204
    assert post(url, [ROTATED, SECRET], body) == 204  # during a rotation: either verifies
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].endswith("needs.CampaignOpened  campaign-c1 v1  [loei-3]")
    assert printed[1].endswith("(again)")


def test_unsigned_forged_and_stale_deliveries_are_refused(url: str) -> None:
    body = event("campaign-c2", 1, "needs.CampaignOpened").to_json()
    assert httpx.post(url, content=body).status_code == 401
    assert post(url, [new_secret()], body) == 401
    assert post(url, [SECRET], body, stamp=int(time.time()) - 600) == 401
    assert post(url, [SECRET], body, sent=body + b" ") == 401  # not the body signed
