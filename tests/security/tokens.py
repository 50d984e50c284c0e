"""Tokens that must not get anyone in: malformed, expired, signed with another key, or meant
for another audience or issuer."""

from __future__ import annotations

import time

import jwt

from kit.auth.tokens import TokenIssuer
from kit.settings import Settings
from services.directory.application.tokens import principal_for


def _issue(
    settings: Settings, *, secret: str = "", audience: str = "", issuer: str = "", age_s: int = 0
) -> str:
    signer = TokenIssuer(
        secret or settings.jwt_secret,
        issuer or settings.jwt_issuer,
        audience or settings.jwt_audience,
        3600,
    )
    return signer.issue(principal_for("admin", "th"), now=time.time() - age_s)


def _unsigned(settings: Settings) -> str:
    good = jwt.decode(_issue(settings), options={"verify_signature": False})
    return jwt.encode(good, key=None, algorithm="none")


def bad_tokens(settings: Settings) -> dict[str, str]:
    """Each an admin's grants: a service that accepted one would let anything through."""
    return {
        "malformed": "not-a-jwt",
        "expired": _issue(settings, age_s=7200),
        "wrong signature": _issue(settings, secret="an-attacker-s-own-key-of-32-bytes-or-more"),
        "unsigned (alg none)": _unsigned(settings),
        "another audience": _issue(settings, audience="another-system"),
        "another issuer": _issue(settings, issuer="https://idp.another.example"),
    }
