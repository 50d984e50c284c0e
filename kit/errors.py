"""Errors that carry their own HTTP status and a message in Thai and English.

Domain and application code raise these; the HTTP layer (kit.http.errors) turns them into
`{"error": {"code", "message", "message_en", "details"}}` bodies. Nothing here imports a web
framework.
"""

from __future__ import annotations

from typing import Any


class NithetError(Exception):
    """Base of every error a client may see."""

    status = 400
    code = "bad_request"
    message_th = "คำขอไม่ถูกต้อง"
    message_en = "The request is not valid."

    def __init__(
        self,
        message_th: str | None = None,
        message_en: str | None = None,
        *,
        code: str | None = None,
        details: Any = None,
    ) -> None:
        self.message_th = message_th or type(self).message_th
        self.message_en = message_en or type(self).message_en
        self.code = code or type(self).code
        self.details = details
        super().__init__(self.message_en)

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {
            "code": self.code,
            "message": self.message_th,
            "message_en": self.message_en,
        }
        if self.details is not None:
            error["details"] = self.details
        return {"error": error}


class InvalidInput(NithetError):
    status = 422
    code = "invalid_input"
    message_th = "ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบและแก้ไข"
    message_en = "The input is not valid; check it and try again."


class RuleViolation(NithetError):
    """A well-formed command that the domain refuses (closed campaign, missing approval...)."""

    status = 422
    code = "rule_violation"
    message_th = "ดำเนินการไม่ได้ตามเงื่อนไขของงาน"
    message_en = "This action is not allowed by the rules of the process."


class Unauthenticated(NithetError):
    status = 401
    code = "unauthenticated"
    message_th = "กรุณาเข้าสู่ระบบ"
    message_en = "Sign in first: a valid bearer token is required."


class Forbidden(NithetError):
    status = 403
    code = "forbidden"
    message_th = "บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้"
    message_en = "Your role may not do this."


class NotFound(NithetError):
    """Also what a caller sees for another tenant's data: its existence is not revealed."""

    status = 404
    code = "not_found"
    message_th = "ไม่พบข้อมูลที่ต้องการ"
    message_en = "Not found."


class Conflict(NithetError):
    status = 409
    code = "conflict"
    message_th = "ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่แล้วลองอีกครั้ง"
    message_en = "Someone else changed this first; reload and try again."


class ServiceUnavailable(NithetError):
    status = 503
    code = "unavailable"
    message_th = "ระบบไม่พร้อมให้บริการชั่วคราว กรุณาลองใหม่"
    message_en = "The service is temporarily unavailable; try again."
