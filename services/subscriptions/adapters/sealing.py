"""Signing secrets are kept sealed in the store: AES-256-GCM under a key of the deployment.

Whoever reads the database (a backup, a copy for reporting) does not get the secrets that
let one forge deliveries to subscribers. The key is `NITHET_WEBHOOK_SECRETS_KEY` (32 bytes,
base64); production refuses to start without it. Elsewhere, without it, the key is derived
from the deployment's token secret (HKDF-SHA256), so development and tests need no setup.
Each sealed secret is bound to its own id and endpoint (the associated data), so a sealed value
copied onto another secret's document does not open.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kit.settings import Settings

NONCE_BYTES = 12


class SealingKeyMissing(ValueError):
    pass


def sealing_key(settings: Settings, configured: str) -> bytes:
    """The configured key, or (outside production) one derived from the token secret."""
    if configured:
        try:
            key = base64.b64decode(configured, validate=True)
        except binascii.Error as exc:
            raise SealingKeyMissing("NITHET_WEBHOOK_SECRETS_KEY is not base64") from exc
        if len(key) != 32:
            raise SealingKeyMissing("NITHET_WEBHOOK_SECRETS_KEY must hold 32 bytes (base64)")
        return key
    if settings.environment == "production":
        raise SealingKeyMissing(
            "NITHET_WEBHOOK_SECRETS_KEY must be set in production: 32 random bytes, base64 "
            "(for example `openssl rand -base64 32`)"
        )
    derive = HKDF(hashes.SHA256(), 32, salt=None, info=b"nithet webhook signing secrets")
    return derive.derive(settings.jwt_secret.encode())


class Sealer:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, secret: str, bound_to: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, secret.encode(), bound_to.encode())
        return base64.b64encode(nonce + sealed).decode()

    def open(self, sealed: str, bound_to: str) -> str:
        raw = base64.b64decode(sealed)
        try:
            plain = self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], bound_to.encode())
        except InvalidTag as exc:
            raise ValueError("a sealed secret does not open with this deployment's key") from exc
        return plain.decode()
