"""JWT: development tokens signed with HS256, production tokens verified with an OIDC JWKS.

Claims: `sub`, `name`, `grants` (a list of {role, level, id, esa?, province?}), `iss`, `aud`,
`iat`, `exp`. An OIDC provider is expected to put the same `grants` claim in its tokens (a
protocol mapper in Keycloak, a custom claim elsewhere).
"""

from __future__ import annotations

import time
from typing import Any

import jwt

from kit.auth.principal import Grant, Principal
from kit.errors import Unauthenticated


class TokenIssuer:
    def __init__(self, secret: str, issuer: str, audience: str, ttl_seconds: int) -> None:
        self._secret, self._issuer, self._audience, self._ttl = (
            secret,
            issuer,
            audience,
            ttl_seconds,
        )

    def issue(self, principal: Principal, now: float | None = None) -> str:
        issued = int(now if now is not None else time.time())
        claims: dict[str, Any] = {
            "sub": principal.subject,
            "name": principal.name,
            "grants": [g.to_claim() for g in principal.grants],
            "iss": self._issuer,
            "aud": self._audience,
            "iat": issued,
            "exp": issued + self._ttl,
        }
        return jwt.encode(claims, self._secret, algorithm="HS256")


class TokenVerifier:
    """Verifies HS256 development tokens, or RS256/ES256 tokens against an OIDC provider's JWKS."""

    def __init__(
        self,
        *,
        secret: str = "",
        issuer: str,
        audience: str,
        jwks_url: str = "",
    ) -> None:
        self._secret, self._issuer, self._audience = secret, issuer, audience
        self._jwks = jwt.PyJWKClient(jwks_url, cache_keys=True) if jwks_url else None

    def verify(self, token: str) -> Principal:
        try:
            if self._jwks is not None:
                key: Any = self._jwks.get_signing_key_from_jwt(token).key
                algorithms = ["RS256", "ES256"]
            else:
                key, algorithms = self._secret, ["HS256"]
            claims = jwt.decode(
                token,
                key,
                algorithms=algorithms,
                audience=self._audience,
                issuer=self._issuer,
                options={"require": ["exp", "sub", "iss", "aud"]},
            )
            grants = tuple(Grant.from_claim(g) for g in claims.get("grants", []))
        except (jwt.PyJWTError, KeyError, ValueError, TypeError) as exc:
            raise Unauthenticated(
                "โทเค็นไม่ถูกต้องหรือหมดอายุ กรุณาเข้าสู่ระบบใหม่",
                "The token is invalid or expired; sign in again.",
            ) from exc
        return Principal(
            subject=str(claims["sub"]), name=str(claims.get("name", "")), grants=grants
        )
