"""A webhook receiver for Nithet's events, for trying webhooks on a developer's machine.

Python's standard library only. It checks every request's Standard Webhooks signature
(`webhook-signature`: `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`
with the key in the `whsec_` secret) and that `webhook-timestamp` is within five minutes, answers
401 when they do not hold, and otherwise notes and prints the event and answers 204. A
`webhook-id` seen before (a retry, a replay, a redelivery) is printed as such: use it to drop
duplicates. During a secret rotation give both secrets (`--secret` twice).

    S=whsec_$(openssl rand -base64 32)
    python examples/webhook_receiver.py --port 9000 --secret "$S"

and register an endpoint with the same secret (see the README's webhook recipe).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import os
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_S = 300


def verified(secrets: list[str], headers: dict[str, str], body: bytes) -> bool:
    """True when the request is signed with one of `secrets`, at a time close to ours."""
    msg_id, stamp = headers.get("webhook-id", ""), headers.get("webhook-timestamp", "")
    if not msg_id or not stamp.isdigit() or abs(time.time() - int(stamp)) > TOLERANCE_S:
        return False
    offered = headers.get("webhook-signature", "").split(" ")
    for secret in secrets:
        key = base64.b64decode(secret.removeprefix("whsec_"))
        mac = hmac.new(key, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
        expected = "v1," + base64.b64encode(mac).decode()
        if any(hmac.compare_digest(candidate, expected) for candidate in offered):
            return True
    return False


def receiver(secrets: list[str], seen: set[str]) -> type[BaseHTTPRequestHandler]:
    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            if not verified(secrets, headers, body):
                print("refused: no valid signature", flush=True)
                self.send_response(401)
                self.end_headers()
                return
            event = json.loads(body)
            again = " (again)" if event["id"] in seen else ""
            seen.add(event["id"])  # before answering: a retry then finds it
            print(
                f"{event['time']}  {event['type']}  {event['subject']} "
                f"v{event.get('streamversion')}  [{event.get('tenantid')}]{again}",
                flush=True,
            )
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    return Receiver


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument(
        "--secret",
        action="append",
        default=[],
        help="the endpoint's whsec_ secret (twice during a rotation); else NITHET_WEBHOOK_SECRET",
    )
    args = parser.parse_args()
    secrets = args.secret or [os.environ.get("NITHET_WEBHOOK_SECRET", "")]
    if not all(s.startswith("whsec_") for s in secrets):
        parser.error("give the endpoint's secret (whsec_...) with --secret")
    server = ThreadingHTTPServer((args.host, args.port), receiver(secrets, set()))
    print(f"receiving on http://{args.host}:{args.port}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
