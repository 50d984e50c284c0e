"""The supervision commands as typed objects: Thai titles on every field, enumerations in the
OpenAPI, refusals named in Thai, answers without store details."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest
from pydantic import ValidationError

from kit.http.validation import field_errors
from services.supervision.domain import commands
from services.supervision.domain.commands.base import Command
from services.supervision.domain.commands.visits import RecordVisit
from services.supervision.main import create_app

THAI = re.compile(r"[\u0E00-\u0E7F]")


def all_commands() -> list[type[Command]]:
    for info in pkgutil.iter_modules(commands.__path__):
        importlib.import_module(f"{commands.__name__}.{info.name}")
    found, todo = [], list(Command.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


@pytest.fixture(scope="module")
def openapi() -> dict[str, Any]:
    return create_app().openapi()


def test_every_field_of_every_command_has_a_thai_title() -> None:
    untitled = [
        f"{cls.__name__}.{name}"
        for cls in all_commands()
        for name, field in cls.model_fields.items()
        if not field.title or not THAI.search(field.title)
    ]
    assert len(all_commands()) > 30 and untitled == []


def test_the_openapi_lists_the_allowed_values(openapi: dict[str, Any]) -> None:
    schemas = openapi["components"]["schemas"]
    assert schemas["VisitMode"]["enum"] == ["on_site", "online", "plc"]
    assert set(schemas["Dimension"]["enum"]) == {
        "student",
        "teacher",
        "classroom",
        "director",
        "management",
    }
    assert schemas["Review"]["enum"] == ["accept", "return"]
    assert set(schemas["Progress"]["enum"]) == {"on_track", "behind", "needs_help"}


def test_a_refused_field_is_named_by_its_thai_title() -> None:
    with pytest.raises(ValidationError) as refused:
        RecordVisit.model_validate({"school": "1042060101", "mode": "by_phone"})
    errors = field_errors(
        [{**e, "loc": ("body", *e["loc"])} for e in refused.value.errors()], RecordVisit
    )
    labels = {e["field"]: e["label"] for e in errors}
    assert labels["mode"] == "รูปแบบการนิเทศ" and labels["findings"] == "ผลการนิเทศ (สิ่งที่พบ)"


def test_every_json_answer_is_typed_and_no_answer_carries_store_details(
    openapi: dict[str, Any],
) -> None:
    schemas = openapi["components"]["schemas"]
    for path, item in openapi["paths"].items():
        if not path.startswith("/v1/"):
            continue  # health and metrics are the kit's
        for method, operation in item.items():
            content = operation["responses"].get("200") or operation["responses"].get("201")
            schema = content["content"]["application/json"]["schema"]
            assert schema.get("$ref") or schema.get("items", {}).get("$ref"), (method, path)
    answers = [s for name, s in schemas.items() if name.endswith("Answer")]
    assert answers and not [
        s["title"] for s in answers if {"stream", "version", "event_ids"} & set(s["properties"])
    ]
