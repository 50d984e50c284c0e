"""Where webhooks may go: URL rules and address classes (against server-side request forgery).

A target is `https` (plain `http` only when configured), names a host, carries no user name or
password (they would end up in logs). Loopback and private addresses are refused unless the
configuration allows them; unspecified, multicast and reserved addresses always are. The URL
is checked at registration (literal addresses and `localhost`), and the addresses its host
resolves to are checked again before every attempt.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from kit.errors import InvalidInput

MAX_URL = 2000
LOCAL_NAMES = ("localhost", "localhost.localdomain")
# Shared address space (carrier-grade NAT) is not "private" to the ipaddress module.
SHARED = ipaddress.ip_network("100.64.0.0/10")


@dataclass(frozen=True)
class TargetPolicy:
    allow_http: bool = False
    allow_loopback: bool = False
    allow_private: bool = False


def address_class(text: str) -> str:
    """'loopback', 'private', 'forbidden' or 'public' for one IP address."""
    ip = ipaddress.ip_address(text.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return "forbidden"
    if ip.is_private or ip.is_link_local or (ip.version == 4 and ip in SHARED):
        return "private"
    return "public"


def refusal(addresses: list[str], policy: TargetPolicy) -> str | None:
    """Why these resolved addresses may not be called, or None when they all may."""
    for address in addresses:
        kind = address_class(address)
        if kind == "forbidden":
            return f"{address} is not a unicast address"
        if kind == "loopback" and not policy.allow_loopback:
            return f"{address} is a loopback address"
        if kind == "private" and not policy.allow_private:
            return f"{address} is a private address"
    return None


def _invalid(th: str, en: str, code: str) -> InvalidInput:
    return InvalidInput(th, en, code=code, details={"field": "url"})


def check_url(url: str, policy: TargetPolicy) -> str:
    """The URL if it may be registered; InvalidInput (with a stable code) otherwise."""
    if len(url) > MAX_URL:
        raise _invalid("URL ยาวเกินไป", "The URL is too long.", "url_too_long")
    parts = urlsplit(url)
    allowed = ("https", "http") if policy.allow_http else ("https",)
    if parts.scheme not in allowed:
        raise _invalid(
            "URL ต้องขึ้นต้นด้วย https://",
            f"The URL must use {' or '.join(allowed)}.",
            "url_scheme",
        )
    if parts.username is not None or parts.password is not None:
        raise _invalid(
            "URL ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน",
            "The URL must not carry a user name or password.",
            "url_credentials",
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise _invalid("URL ไม่มีชื่อเครื่องปลายทาง", "The URL names no host.", "url_host")
    try:
        _ = parts.port
    except ValueError as exc:
        raise _invalid("หมายเลขพอร์ตไม่ถูกต้อง", "The port is not valid.", "url_port") from exc
    address = "127.0.0.1" if host in LOCAL_NAMES or host.endswith(".localhost") else host
    try:
        reason = refusal([address], policy)
    except ValueError:  # a host name: checked again against its addresses at every attempt
        reason = None
    if reason:
        raise _invalid(
            "ไม่อนุญาตให้ส่งไปยังที่อยู่ภายในเครือข่ายหรือเครื่องนี้",
            f"Webhooks may not be sent there: {reason}.",
            "url_refused_address",
        )
    return url
