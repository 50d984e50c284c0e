"""Sending attempts over HTTP (aiohttp): kept-alive connections, no redirects, one timeout.

One sender per endpoint worker holds a pool of connections to the endpoint's host, reused from
one attempt to the next (at most `connections` at once). Every address a connection is made to
is checked against the target policy when it is resolved, by the resolver the connections use
(loopback and private networks are refused unless allowed): what is checked is what is
connected to, so a name that starts resolving to an internal address is refused from then on.
A literal address in the URL is checked before every attempt. Proxies from the environment are
not used, redirects are not followed. At most `excerpt_bytes` of the answer are read and kept.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from services.subscriptions.application.ports import Answer
from services.subscriptions.domain.targets import TargetPolicy, refusal

DNS_CACHE_S = 10
DRAIN_BYTES = 4096


class RefusedAddress(OSError):
    """The target resolves to an address the policy refuses."""


class CheckedResolver(AbstractResolver):
    """The threaded resolver, refusing a name when any of its addresses is refused."""

    def __init__(self, policy: TargetPolicy) -> None:
        self._policy, self._resolver = policy, aiohttp.ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self._resolver.resolve(host, port, family)
        reason = refusal(sorted({r["host"] for r in found}), self._policy)
        if reason:
            raise RefusedAddress(reason)
        return found

    async def close(self) -> None:
        await self._resolver.close()


def _retry_after(value: str | None) -> float | None:
    if value is None or not value.strip().isdigit():
        return None  # the HTTP-date form is rare for webhooks; the schedule applies then
    return float(value.strip())


def _literal_refusal(url: str, policy: TargetPolicy) -> str | None:
    host = (urlsplit(url).hostname or "").split("%", 1)[0]
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return None  # a name: its addresses are checked by the resolver
    return refusal([host], policy)


def _refusal_in(exc: BaseException) -> str | None:
    while exc is not None:
        if isinstance(exc, RefusedAddress):
            return str(exc)
        exc = getattr(exc, "os_error", None) or exc.__cause__  # type: ignore[assignment]
    return None


class HttpSender:
    def __init__(
        self, policy: TargetPolicy, timeout_s: float, excerpt_bytes: int, connections: int = 16
    ) -> None:
        self._policy, self._timeout, self._excerpt = policy, timeout_s, excerpt_bytes
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None
        self._literal: dict[str, str | None] = {}  # a URL's literal address, checked once

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:  # made on the event loop that uses it
            connector = aiohttp.TCPConnector(
                limit=self._connections,
                resolver=CheckedResolver(self._policy),
                ttl_dns_cache=DNS_CACHE_S,
            )
            self._session = aiohttp.ClientSession(
                connector=connector, trust_env=False, auto_decompress=False
            )
        return self._session

    async def send(self, url: str, headers: dict[str, str], body: bytes) -> Answer:
        started = time.perf_counter()
        if url not in self._literal:
            self._literal[url] = _literal_refusal(url, self._policy)
        reason = self._literal[url]
        if reason:
            return Answer(None, error=f"refused: {reason}")
        try:
            async with asyncio.timeout(self._timeout):
                return await self._post(url, headers, body, started)
        except TimeoutError:
            return Answer(None, error=f"timeout after {self._timeout:g}s", duration_ms=_ms(started))
        except (aiohttp.ClientError, OSError) as exc:
            refused = _refusal_in(exc)
            error = f"refused: {refused}" if refused else f"{type(exc).__name__}: {exc}"
            return Answer(None, error=error[:500], duration_ms=_ms(started))

    async def _post(self, url: str, headers: dict[str, str], body: bytes, started: float) -> Answer:
        post = self._client().post(url, data=body, headers=headers, allow_redirects=False)
        async with post as response:
            excerpt = await _excerpt(response.content, self._excerpt)
            return Answer(
                status=response.status,
                excerpt=excerpt.decode("utf-8", "replace"),
                retry_after_s=_retry_after(response.headers.get("retry-after")),
                duration_ms=_ms(started),
            )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


async def _excerpt(content: aiohttp.StreamReader, limit: int) -> bytes:
    """The first `limit` bytes of the answer. A short answer is read to its end, so that its
    connection is reused; a longer one is cut, and its connection closed."""
    wanted = max(limit, DRAIN_BYTES)
    data = b""
    while len(data) < wanted:
        chunk = await content.read(wanted - len(data))
        if not chunk:
            break
        data += chunk
    return data[:limit]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
