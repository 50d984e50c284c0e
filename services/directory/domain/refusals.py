"""Refusals that name the field at fault, so a form shows the Thai message beside it.

The details have the shape of refused input (kit.http.validation): `field`, `in`, `label`
(the field's Thai title), `message` (Thai), `message_en`, `problem`, `type` (the code).
"""

from __future__ import annotations

from pydantic import BaseModel

from kit.errors import NithetError, NotFound, RuleViolation


def refused(
    command: type[BaseModel],
    field: str,
    code: str,
    message_th: str,
    message_en: str,
    error: type[NithetError] = RuleViolation,
) -> NithetError:
    info = command.model_fields.get(field)
    label = (info.title if info else None) or field
    detail = {
        "field": field,
        "in": "body",
        "label": label,
        "message": message_th,
        "message_en": message_en,
        "problem": message_en,
        "type": code,
    }
    return error(message_th, message_en, code=code, details=[detail])


def duplicate(command: type[BaseModel], field: str, what_th: str, what_en: str) -> NithetError:
    return refused(
        command,
        field,
        "duplicate_code",
        f"มี{what_th}รหัสนี้อยู่แล้ว กรุณาใช้รหัสอื่น",
        f"A {what_en} with this code already exists; use another code.",
    )


def closed(what_th: str, what_en: str) -> NithetError:
    return RuleViolation(
        f"{what_th}นี้ปิดแล้ว แก้ไขไม่ได้", f"This {what_en} is closed.", code=f"{what_en}_closed"
    )


def unknown(what_th: str) -> NithetError:
    return NotFound(f"ไม่พบ{what_th}นี้", "Not found.")
