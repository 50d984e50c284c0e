"""Sending one attempt over HTTP (httpx): no redirects, a timeout on the whole exchange.

Before each attempt the target's host is resolved and every address checked against the
target policy (loopback and private networks are refused unless allowed), so a name that
starts resolving to an internal address is refused from then on. Proxies from the
environment are not used. At most `excerpt_bytes` of the answer are read and kept.
"""

from __future__ import annotations

import asyncio
import socket
import time
from urllib.parse import urlsplit

import httpx

from services.subscriptions.application.ports import Answer
from services.subscriptions.domain.targets import TargetPolicy, refusal


def _retry_after(value: str | None) -> float | None:
    if value is None or not value.strip().isdigit():
        return None  # the HTTP-date form is rare for webhooks; the schedule applies then
    return float(value.strip())


class HttpSender:
    def __init__(self, policy: TargetPolicy, timeout_s: float, excerpt_bytes: int) -> None:
        self._policy, self._timeout, self._excerpt = policy, timeout_s, excerpt_bytes
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(timeout_s),
            trust_env=False,
            limits=httpx.Limits(max_connections=32, max_keepalive_connections=8),
        )

    async def send(self, url: str, headers: dict[str, str], body: bytes) -> Answer:
        started = time.perf_counter()
        try:
            reason = await self._refused(url)
            if reason:
                return Answer(None, error=f"refused: {reason}")
            async with asyncio.timeout(self._timeout):
                return await self._post(url, headers, body, started)
        except TimeoutError:
            return Answer(None, error=f"timeout after {self._timeout:g}s", duration_ms=_ms(started))
        except (httpx.HTTPError, OSError) as exc:
            return Answer(
                None, error=f"{type(exc).__name__}: {exc}"[:500], duration_ms=_ms(started)
            )

    async def _post(self, url: str, headers: dict[str, str], body: bytes, started: float) -> Answer:
        async with self._client.stream("POST", url, content=body, headers=headers) as response:
            excerpt = b""
            async for chunk in response.aiter_bytes():
                excerpt += chunk
                if len(excerpt) >= self._excerpt:
                    break
            return Answer(
                status=response.status_code,
                excerpt=excerpt[: self._excerpt].decode("utf-8", "replace"),
                retry_after_s=_retry_after(response.headers.get("retry-after")),
                duration_ms=_ms(started),
            )

    async def _refused(self, url: str) -> str | None:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
        return refusal(sorted({str(info[4][0]) for info in infos}), self._policy)

    async def close(self) -> None:
        await self._client.aclose()


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
