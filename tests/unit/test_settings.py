"""Settings refuse the development secret outside development."""

import pytest
from pydantic import ValidationError

from kit.settings import Settings


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValidationError, match="NITHET_JWT_SECRET"):
        Settings(environment="production")


def test_production_accepts_a_real_secret_or_an_oidc_provider() -> None:
    assert Settings(environment="production", jwt_secret="k" * 48).environment == "production"
    Settings(environment="production", oidc_jwks_url="https://idp.example/jwks")


def test_every_port_is_configurable() -> None:
    assert Settings(needs_port=9101).port("needs") == 9101
    assert Settings().port("web") == 8000 and Settings().port("directory") == 8006
