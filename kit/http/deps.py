"""Dependencies for routes: the caller, the Idempotency-Key, If-Match, correlation id."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kit.auth.principal import Principal
from kit.auth.tokens import TokenVerifier
from kit.errors import InvalidInput, Unauthenticated

_bearer = HTTPBearer(auto_error=False, description="A Nithet JWT (development login or OIDC)")


def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthenticated()
    verifier: TokenVerifier = request.app.state.verifier
    return verifier.verify(credentials.credentials)


def expected_version(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            description="The stream version the client saw; another version answers 409.",
        ),
    ] = None,
) -> int | None:
    if if_match is None:
        return None
    text = if_match.strip().removeprefix("W/").strip('"')
    if not text.isdigit() or len(text) > 9:
        raise InvalidInput(
            "If-Match ต้องเป็นหมายเลขเวอร์ชัน",
            "If-Match must be a version number.",
            code="invalid_if_match",
        )
    return int(text)


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]
ExpectedVersion = Annotated[int | None, Depends(expected_version)]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        description="Retrying a command with the same key returns the first result, writes nothing.",
    ),
]
CorrelationId = Annotated[str | None, Header(alias="X-Correlation-Id", max_length=200)]
