"""Every failure leaves as a JSON body `{"error": {code, message (Thai), message_en, details}}`.

`details` is always there (`{}` when there is nothing more to say). Bad input is 422 with the
fields at fault, each with its Thai label and a Thai message (kit.http.validation); an unknown
route 404; a missing or bad token 401 with `WWW-Authenticate: Bearer`; an unexpected exception
is logged and answered 500 without internals; a store that does not answer is 503.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from kit.errors import InvalidInput, NithetError, NotFound, ServiceUnavailable
from kit.http.validation import field_errors, model_in
from kit.mongo import TRANSIENT_ERRORS

log = logging.getLogger(__name__)


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable code, e.g. not_found")
    message: str = Field(description="The message in Thai")
    message_en: str = Field(description="The message in English")
    details: Any = Field(
        default_factory=dict,
        description="Fields at fault (a list of {field, label, message, ...}), or other particulars",
    )


class ErrorBody(BaseModel):
    """The body of every failure."""

    error: ErrorDetail


def _documented(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


# The failures any /v1 route may answer, documented once for all of them.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: _documented("No valid bearer token"),
    403: _documented("The caller's role may not do this"),
    404: _documented("Not found, or outside the caller's scope (existence is not revealed)"),
    409: _documented("Changed by someone else first (If-Match), or not ready yet"),
    422: _documented("Bad input, or refused by the rules of the process (nothing was changed)"),
}

_HTTP_MESSAGES = {
    404: NotFound(),
    405: NithetError(
        "วิธีเรียกใช้นี้ไม่รองรับ", "This method is not allowed here.", code="method_not_allowed"
    ),
}


CHALLENGE = {"WWW-Authenticate": 'Bearer realm="nithet"'}


def error_response(error: NithetError, status: int | None = None) -> JSONResponse:
    status = status or error.status
    body = error.body()
    body["error"].setdefault("details", {})
    return JSONResponse(body, status_code=status, headers=CHALLENGE if status == 401 else None)


def _body_model(request: Request) -> Any:
    route = request.scope.get("route")
    params = getattr(getattr(route, "dependant", None), "body_params", None) or []
    if len(params) != 1:
        return None
    return model_in(params[0].field_info.annotation)


async def _nithet(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, NithetError)
    return error_response(exc)


async def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    error = InvalidInput(details=field_errors(list(exc.errors()), _body_model(request)))
    return error_response(error)


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400:  # FastAPI's "error parsing the body": bytes that are no JSON
        unreadable = InvalidInput(
            "อ่านข้อมูลที่ส่งมาไม่ได้ ต้องเป็น JSON (UTF-8)",
            "The body could not be read; send JSON in UTF-8.",
            code="unreadable_body",
        )
        return error_response(unreadable)
    known = _HTTP_MESSAGES.get(exc.status_code)
    if known is None:
        known = NithetError(str(exc.detail), str(exc.detail), code=f"http_{exc.status_code}")
    return error_response(known, exc.status_code)


async def _unavailable(_: Request, exc: Exception) -> JSONResponse:
    log.warning("store unavailable: %s", exc)
    return error_response(ServiceUnavailable())


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, TRANSIENT_ERRORS):
        return await _unavailable(request, exc)
    log.exception("unexpected error")
    return error_response(
        NithetError("เกิดข้อผิดพลาดภายในระบบ", "Internal error.", code="internal_error"), 500
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(NithetError, _nithet)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    # Registered per class, so that they are answered like any other error (a handler for
    # `Exception` runs in Starlette's outermost middleware, which re-raises after answering).
    for transient in TRANSIENT_ERRORS:
        app.add_exception_handler(transient, _unavailable)
    app.add_exception_handler(Exception, _unexpected)
