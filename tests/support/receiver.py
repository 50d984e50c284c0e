"""A webhook receiver for tests: a real HTTP server on 127.0.0.1, in a thread of its own.

It records every request (headers, exact body bytes, the status it answered) and answers what
the test tells it: `respond` picks the status per request (200 by default; 500, 410, a
redirect...), `hold` keeps requests waiting until released (a receiver that hangs), and
`delay_s` makes every answer slow.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    status: int  # what the receiver answered (or was about to, if the sender gave up)

    @property
    def webhook_id(self) -> str:
        return self.headers.get("webhook-id", "")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        return None  # a sender that gave up (timeout, killed) broke the connection: expected


@dataclass
class Receiver:
    respond: Callable[[Received], int] = lambda r: 200
    delay_s: float = 0.0
    hold: threading.Event = field(default_factory=threading.Event)
    requests: list[Received] = field(default_factory=list)
    arrived: list[Received] = field(default_factory=list)  # also those still being answered
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    def __post_init__(self) -> None:
        self.hold.set()  # set = not holding

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/webhooks/nithet"

    def holding(self) -> None:
        self.hold.clear()

    def release(self) -> None:
        self.hold.set()

    def answered(self, status: int | None = 200) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if status is None or r.status == status]

    async def bodies(self) -> list[bytes]:
        """Bodies answered 200 so far (a probe for `eventually`)."""
        return [r.body for r in self.answered(200)]

    async def count(self, status: int | None = None) -> int:
        return len(self.answered(status))

    def _record(self, request: Received, done: bool) -> None:
        with self._lock:
            (self.requests if done else self.arrived).append(request)

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                if len(body) < length:  # the sender died mid-request: nothing was delivered
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                seen = Received(self.path, headers, body, 0)
                status = receiver.respond(seen)
                receiver._record(seen, done=False)
                receiver.hold.wait(timeout=120)
                if receiver.delay_s:
                    time.sleep(receiver.delay_s)
                receiver._record(Received(self.path, headers, body, status), done=True)
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", receiver.url + "/moved")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                return None

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.release()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


@contextmanager
def receiving(**options: Any) -> Iterator[Receiver]:
    receiver = Receiver(**options)
    receiver.start()
    try:
        yield receiver
    finally:
        receiver.stop()
