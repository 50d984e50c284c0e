"""Bad input, said in Thai at the field it concerns.

FastAPI answers a request its models refuse with pydantic's errors (English, by location). Each
becomes `{"field", "in", "label", "message", "message_en", "problem", "type"}`: `label` is the
field's Thai name (the model field's `title`, else the name itself), `message` a Thai sentence
for the kind of error, `message_en` pydantic's own. A form shows `message` beside `field`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

# Thai sentences for the kinds of error pydantic reports (by its error type).
MESSAGES_TH = {
    "missing": "ต้องกรอกข้อมูลนี้",
    "extra_forbidden": "ไม่รู้จักข้อมูลนี้ กรุณาลบออก",
    "string_type": "ต้องเป็นข้อความ",
    "string_too_short": "ข้อความสั้นเกินไป (อย่างน้อย {min_length} ตัวอักษร)",
    "string_too_long": "ข้อความยาวเกินไป (ไม่เกิน {max_length} ตัวอักษร)",
    "string_pattern_mismatch": "รูปแบบไม่ถูกต้อง",
    "int_type": "ต้องเป็นจำนวนเต็ม",
    "int_parsing": "ต้องเป็นจำนวนเต็ม",
    "int_from_float": "ต้องเป็นจำนวนเต็ม",
    "float_type": "ต้องเป็นตัวเลข",
    "float_parsing": "ต้องเป็นตัวเลข",
    "bool_type": "ต้องเป็นใช่หรือไม่ใช่",
    "bool_parsing": "ต้องเป็นใช่หรือไม่ใช่",
    "greater_than": "ต้องมากกว่า {gt}",
    "greater_than_equal": "ต้องไม่น้อยกว่า {ge}",
    "less_than": "ต้องน้อยกว่า {lt}",
    "less_than_equal": "ต้องไม่เกิน {le}",
    "too_short": "ต้องมีอย่างน้อย {min_length} รายการ",
    "too_long": "มีได้ไม่เกิน {max_length} รายการ",
    "list_type": "ต้องเป็นรายการ",
    "dict_type": "ต้องเป็นชุดข้อมูล",
    "model_type": "ต้องเป็นชุดข้อมูล",
    "model_attributes_type": "ต้องเป็นชุดข้อมูล",
    "literal_error": "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {expected}",
    "enum": "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {expected}",
    "date_type": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "date_parsing": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "date_from_datetime_parsing": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "datetime_type": "ต้องเป็นวันและเวลา",
    "datetime_parsing": "ต้องเป็นวันและเวลา",
    "datetime_from_date_parsing": "ต้องเป็นวันและเวลา",
    "timezone_aware": "ต้องระบุเขตเวลา",
    "url_parsing": "ต้องเป็นที่อยู่เว็บ (URL)",
    "url_scheme": "ที่อยู่เว็บต้องขึ้นต้นด้วย https://",
    "uuid_parsing": "รูปแบบรหัสไม่ถูกต้อง",
    "json_invalid": "อ่านข้อมูลไม่ได้ ต้องเป็น JSON",
    "value_error": "ค่าไม่ถูกต้อง",
    "assertion_error": "ค่าไม่ถูกต้อง",
}
DEFAULT_TH = "ค่าไม่ถูกต้อง"
WHERE = {"body": "body", "query": "query", "path": "path", "header": "header", "cookie": "cookie"}


def thai_message(error: dict[str, Any]) -> str:
    template = MESSAGES_TH.get(str(error.get("type", "")), DEFAULT_TH)
    try:
        return template.format(**(error.get("ctx") or {}))
    except (KeyError, IndexError, ValueError):
        return template.split(" (")[0].split(":")[0]


def label_of(model: type[BaseModel] | None, path: tuple[Any, ...]) -> str:
    """The Thai label of the field at `path` within `model` (its `title`), else its name."""
    name = ".".join(str(p) for p in path) or "ข้อมูล"
    current: Any = model
    title = None
    for part in path:
        fields = getattr(current, "model_fields", None)
        if not isinstance(part, str) or not fields or part not in fields:
            if isinstance(part, int):
                continue  # an item of a list: the list's field names it
            break
        field = fields[part]
        title = field.title or title
        current = model_in(field.annotation)
    return title or name


def model_in(annotation: Any) -> Any:
    """The model a field holds (itself, or the item type of a list of models)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = model_in(arg)
        if found is not None:
            return found
    return None


def field_errors(
    errors: list[dict[str, Any]], body_model: type[BaseModel] | None
) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        loc = tuple(e.get("loc", ()))
        where = WHERE.get(str(loc[0]), "body") if loc else "body"
        path = loc[1:] if loc and str(loc[0]) in WHERE else loc
        out.append(
            {
                "field": ".".join(str(p) for p in path),
                "in": where,
                "label": label_of(body_model if where == "body" else None, path),
                "message": thai_message(e),
                "message_en": e.get("msg", ""),
                "problem": e.get("msg", ""),
                "type": e.get("type", ""),
            }
        )
    return out
