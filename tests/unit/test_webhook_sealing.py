"""Signing secrets sealed with the deployment key: they open only with it, and only where stored."""

from __future__ import annotations

import base64
import os

import pytest

from kit.settings import Settings
from services.subscriptions.adapters.sealing import Sealer, SealingKeyMissing, sealing_key
from services.subscriptions.domain.signature import new_secret

KEY = base64.b64encode(os.urandom(32)).decode()


def test_a_sealed_secret_opens_with_the_key_and_its_place_only() -> None:
    sealer, secret = Sealer(base64.b64decode(KEY)), new_secret()
    sealed = sealer.seal(secret, "ep-1/s-1")
    assert secret not in sealed and sealer.seal(secret, "ep-1/s-1") != sealed  # fresh nonce
    assert sealer.open(sealed, "ep-1/s-1") == secret
    with pytest.raises(ValueError, match="does not open"):
        sealer.open(sealed, "ep-2/s-1")  # copied onto another endpoint's secret
    with pytest.raises(ValueError, match="does not open"):
        Sealer(os.urandom(32)).open(sealed, "ep-1/s-1")  # another deployment's key


def test_the_configured_key_is_used_and_a_bad_one_is_refused() -> None:
    settings = Settings(environment="production", jwt_secret="k" * 48)
    assert sealing_key(settings, KEY) == base64.b64decode(KEY)
    with pytest.raises(SealingKeyMissing, match="32 bytes"):
        sealing_key(settings, base64.b64encode(b"short").decode())
    with pytest.raises(SealingKeyMissing, match="base64"):
        sealing_key(settings, "not base64!")


def test_production_needs_a_key_and_elsewhere_one_is_derived_from_the_token_secret() -> None:
    with pytest.raises(SealingKeyMissing, match="must be set in production"):
        sealing_key(Settings(environment="production", jwt_secret="k" * 48), "")
    one = sealing_key(Settings(environment="test", jwt_secret="a" * 40), "")
    assert one == sealing_key(Settings(environment="test", jwt_secret="a" * 40), "")
    assert one != sealing_key(Settings(environment="test", jwt_secret="b" * 40), "")
    assert len(one) == 32
