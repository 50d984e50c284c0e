"""Standard Webhooks signatures, checked against the specification's published test vectors.

The vectors come from the Standard Webhooks reference libraries (repository
standard-webhooks/standard-webhooks, Apache-2.0): `libraries/python/tests/test_webhooks.py`
(test_sign_function, test_invalid_signature_raises_error, test_multi_sig_payload_is_valid) and
`libraries/go/webhook_test.go` (TestWebhookSign and the table in TestWebhook), which share
the same secret, message id, timestamp and payload.
"""

from __future__ import annotations

import pytest

from services.subscriptions.domain.signature import (
    InvalidSignature,
    new_secret,
    secret_key,
    sign,
    verify,
    webhook_headers,
)

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
TIMESTAMP = 1614265330
PAYLOAD = b'{"test": 2432232314}'
SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
WRONG = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA="  # one character off
OTHER = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="
TOLERANCE = 5 * 60


def headers(signature: str = SIGNATURE, timestamp: int = TIMESTAMP) -> dict[str, str]:
    return {
        "webhook-id": MSG_ID,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature,
    }


def test_signing_the_published_vector_gives_the_published_signature() -> None:
    assert sign(SECRET, MSG_ID, TIMESTAMP, PAYLOAD) == SIGNATURE


def test_the_whsec_prefix_is_optional_on_the_secret() -> None:
    assert sign(SECRET.removeprefix("whsec_"), MSG_ID, TIMESTAMP, PAYLOAD) == SIGNATURE


def test_the_published_vector_verifies_within_the_tolerance() -> None:
    verify(SECRET, headers(), PAYLOAD, now=TIMESTAMP + TOLERANCE - 1)


def test_a_signature_one_character_off_is_refused() -> None:
    with pytest.raises(InvalidSignature):
        verify(SECRET, headers(WRONG), PAYLOAD, now=TIMESTAMP)


def test_an_unrelated_signature_is_refused() -> None:
    with pytest.raises(InvalidSignature):
        verify(SECRET, headers(OTHER), PAYLOAD, now=TIMESTAMP)


def test_one_valid_signature_among_several_is_enough_and_other_versions_are_ignored() -> None:
    several = " ".join([OTHER, "v2," + OTHER.removeprefix("v1,"), SIGNATURE, OTHER])
    verify(SECRET, headers(several), PAYLOAD, now=TIMESTAMP)


def test_a_v2_signature_with_the_right_bytes_is_not_a_v1_signature() -> None:
    with pytest.raises(InvalidSignature):
        verify(SECRET, headers("v2," + SIGNATURE.removeprefix("v1,")), PAYLOAD, now=TIMESTAMP)


@pytest.mark.parametrize("offset", [-TOLERANCE - 1, TOLERANCE + 1])
def test_a_timestamp_outside_five_minutes_is_refused(offset: int) -> None:
    with pytest.raises(InvalidSignature):
        verify(SECRET, headers(), PAYLOAD, now=TIMESTAMP - offset)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_refused(missing: str) -> None:
    partial = {k: v for k, v in headers().items() if k != missing}
    with pytest.raises(InvalidSignature):
        verify(SECRET, partial, PAYLOAD, now=TIMESTAMP)


def test_a_timestamp_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(InvalidSignature):
        verify(SECRET, headers(timestamp=0) | {"webhook-timestamp": "hello"}, PAYLOAD)


def test_a_changed_body_is_refused() -> None:
    with pytest.raises(InvalidSignature):
        verify(SECRET, headers(), b'{"test": 2432232315}', now=TIMESTAMP)


def test_during_a_rotation_both_secrets_sign_and_either_verifies() -> None:
    newer = new_secret()
    sent = webhook_headers([newer, SECRET], MSG_ID, TIMESTAMP, PAYLOAD)
    assert sent["webhook-signature"].split(" ")[1] == SIGNATURE
    verify(SECRET, sent, PAYLOAD, now=TIMESTAMP)
    verify(newer, sent, PAYLOAD, now=TIMESTAMP)


def test_generated_secrets_hold_32_random_bytes_behind_the_whsec_prefix() -> None:
    first, second = new_secret(), new_secret()
    assert first.startswith("whsec_") and first != second
    assert len(secret_key(first)) == 32


@pytest.mark.parametrize("bad", ["whsec_not base64!", "whsec_" + "QUJD" * 4, "whsec_"])
def test_secrets_that_are_not_24_to_64_bytes_of_base64_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        secret_key(bad)
