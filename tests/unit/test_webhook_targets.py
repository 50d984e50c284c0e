"""Where webhooks may go: https only, no credentials, no internal addresses unless allowed."""

from __future__ import annotations

import pytest

from kit.errors import InvalidInput
from services.subscriptions.domain.targets import TargetPolicy, address_class, check_url, refusal

STRICT = TargetPolicy()
TESTS = TargetPolicy(allow_http=True, allow_loopback=True)


def code(url: str, policy: TargetPolicy = STRICT) -> str:
    with pytest.raises(InvalidInput) as refused:
        check_url(url, policy)
    return refused.value.code


def test_a_public_https_url_is_accepted() -> None:
    assert check_url("https://sandbox.rayong.example/hooks?x=1", STRICT)


def test_plain_http_is_refused_unless_allowed() -> None:
    assert code("http://sandbox.rayong.example/hooks") == "url_scheme"
    assert check_url("http://sandbox.rayong.example/hooks", TESTS)


@pytest.mark.parametrize("url", ["ftp://x.example/", "file:///etc/passwd", "javascript:alert(1)"])
def test_other_schemes_are_refused(url: str) -> None:
    assert code(url, TESTS) == "url_scheme"


def test_credentials_in_the_url_are_refused() -> None:
    assert code("https://user:pw@x.example/") == "url_credentials"


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/",
        "https://localhost:8443/",
        "https://api.localhost/",
        "https://[::1]/",
        "https://[::ffff:127.0.0.1]/",
    ],
)
def test_loopback_targets_are_refused_by_default(url: str) -> None:
    assert code(url) == "url_refused_address"


def test_loopback_targets_are_accepted_when_configured() -> None:
    assert check_url("http://127.0.0.1:9999/hooks", TESTS)


@pytest.mark.parametrize(
    "url",
    [
        "https://10.0.0.5/",
        "https://172.16.1.1/",
        "https://192.168.1.10/",
        "https://169.254.169.254/latest/meta-data/",
        "https://100.64.0.1/",
        "https://[fd00::1]/",
    ],
)
def test_private_and_link_local_targets_are_refused_even_with_loopback_allowed(url: str) -> None:
    assert code(url, TESTS) == "url_refused_address"
    assert check_url(url, TargetPolicy(allow_private=True))


@pytest.mark.parametrize("address", ["0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255"])
def test_unspecified_multicast_and_reserved_addresses_are_never_allowed(address: str) -> None:
    everything = TargetPolicy(True, True, True)
    assert address_class(address) == "forbidden"
    assert refusal([address], everything)


def test_a_name_resolving_to_any_internal_address_is_refused_at_send_time() -> None:
    assert refusal(["93.184.215.14", "10.0.0.7"], STRICT) == "10.0.0.7 is a private address"
    assert refusal(["93.184.215.14"], STRICT) is None


def test_a_missing_host_or_bad_port_is_refused() -> None:
    assert code("https:///path") == "url_host"
    assert code("https://x.example:99999/") == "url_port"
