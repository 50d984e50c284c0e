"""A tiny identity provider and a stand-in for reporting's admin API, on one local port.

The provider serves its JWKS and an OAuth2 token endpoint (client credentials, RS256 tokens
with a `grants` claim); the admin API verifies every bearer token with Nithet's own
TokenVerifier against that JWKS, as a production service does, and records what it saw.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from kit.auth.tokens import TokenVerifier
from kit.errors import Unauthenticated

CLIENT_ID, CLIENT_SECRET = "nithet-cli", "s3cret-for-tests-only"
ISSUER, AUDIENCE = "https://id.example", "nithet"


@dataclass
class Provider:
    port: int
    key: rsa.RSAPrivateKey
    token_requests: list[dict[str, str]] = field(default_factory=list)
    calls: list[tuple[str, str, str]] = field(default_factory=list)  # method, path, subject
    revoked: set[str] = field(default_factory=set)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def issue(self, subject: str = "svc:nithet-cli") -> str:
        now = int(time.time())
        claims = {
            "sub": subject,
            "iss": ISSUER,
            "aud": AUDIENCE,
            "iat": now,
            "exp": now + 300,
            "jti": uuid.uuid4().hex,
            "grants": [{"role": "admin", "level": "nation", "id": "th"}],
        }
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": "k1"})

    def jwks(self) -> dict[str, Any]:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return {"keys": [public | {"kid": "k1", "use": "sig", "alg": "RS256"}]}


def _handler(provider: Provider, verifier: TokenVerifier) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: Any) -> None:
            pass

        def _send(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/jwks":
                return self._send(200, provider.jwks())
            self._admin()

        def do_POST(self) -> None:
            if self.path == "/token":
                return self._token()
            self._admin()

        def _token(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            basic = self.headers.get("authorization", "").removeprefix("Basic ")
            client = base64.b64decode(basic).decode() if basic else ""
            provider.token_requests.append(form | {"client": client})
            if form.get("grant_type") != "client_credentials" or client != (
                f"{CLIENT_ID}:{CLIENT_SECRET}"
            ):
                return self._send(401, {"error": "invalid_client"})
            self._send(200, {"access_token": provider.issue(), "expires_in": 300})

        def _admin(self) -> None:
            token = self.headers.get("authorization", "").removeprefix("Bearer ")
            try:
                if token in provider.revoked:
                    raise Unauthenticated()
                subject = verifier.verify(token).subject
            except Unauthenticated:
                return self._send(401, {"error": {"message": "x", "message_en": "bad token"}})
            provider.calls.append((self.command, self.path, subject))
            if self.command == "POST":
                return self._send(202, {"model": self.path.split("/")[-2]})
            done = {"phase": "switched", "events_done": 3, "events_total": 3}
            progress = done | {"events_per_second": 30.0, "seconds_left": 0}
            self._send(
                200,
                {
                    "read_models": [{"model": "needs_summary"}],
                    "rebuilds": {"needs_summary": progress},
                },
            )

    return Handler


@contextmanager
def identity_provider() -> Iterator[Provider]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    provider = Provider(server.server_address[1], key)
    verifier = TokenVerifier(issuer=ISSUER, audience=AUDIENCE, jwks_url=f"{provider.url}/jwks")
    server.RequestHandlerClass = _handler(provider, verifier)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
