"""Every needs route's contract: one typed command in (every field with a Thai title), one
typed answer out (no store details), and the refusals documented in the error shape."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kit.settings import Settings
from services.needs.main import create_app

THAI = re.compile(r"[\u0e00-\u0e7f]")
STORE_DETAILS = {"stream", "version", "event_ids"}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return create_app(Settings()).openapi()


def operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", op)
        for path, item in document["paths"].items()
        if path.startswith("/v1/")
        for method, op in item.items()
    ]


def schema(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = document["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def fields(document: dict[str, Any], node: dict[str, Any], seen: set[str]) -> list[tuple[str, Any]]:
    """Every property of a body schema, nested models and list items included."""
    found = []
    for ref in re.findall(r"#/components/schemas/(\w+)", str(node)):
        if ref in seen:
            continue
        seen.add(ref)
        model = document["components"]["schemas"][ref]
        for name, prop in model.get("properties", {}).items():
            found.append((f"{ref}.{name}", prop))
            found += fields(document, prop, seen)
    return found


def test_every_command_field_has_a_thai_title(document: dict[str, Any]) -> None:
    untitled = []
    for name, op in operations(document):
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        if body is None:
            continue
        for field, prop in fields(document, body["schema"], set()):
            if not THAI.search(str(prop.get("title", ""))):
                untitled.append(f"{name}: {field}")
    assert untitled == []


def test_every_json_answer_is_a_declared_model_without_store_details(
    document: dict[str, Any],
) -> None:
    for name, op in operations(document):
        for status, answer in op["responses"].items():
            content = answer.get("content", {})
            if not status.startswith("2") or "application/json" not in content:
                continue
            declared = content["application/json"]["schema"]
            model = schema(document, declared.get("items", declared))
            assert model.get("properties"), name
            assert not STORE_DETAILS & set(model["properties"]), name


def test_choices_are_enumerated_in_the_openapi(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for enum in ("TargetKind", "ServiceKind", "DeliveryChannel", "MediaUse", "Indicator"):
        assert schemas[enum]["enum"], enum


def test_the_csv_export_declares_its_media_type(document: dict[str, Any]) -> None:
    answer = document["paths"]["/v1/esas/{esa}/campaigns/{campaign_id}/export.csv"]["get"]
    assert list(answer["responses"]["200"]["content"]) == ["text/csv; charset=utf-8"]
