"""Every service's OpenAPI is a client's contract: typed answers, declared media types.

An integrating system starts from the OpenAPI documents, so a JSON answer must have a schema
(not an open object), and a file (CSV, XLSX, PDF) or the metrics text its media type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from services.curriculum.main import create_app as curriculum_app
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.reporting.main import create_app as reporting_app
from services.subscriptions.main import create_app as subscriptions_app
from services.supervision.main import create_app as supervision_app
from services.web.main import create_app as web_app

FACTORIES: dict[str, Callable[..., FastAPI]] = {
    "directory": directory_app,
    "needs": needs_app,
    "supervision": supervision_app,
    "curriculum": curriculum_app,
    "reporting": reporting_app,
    "subscriptions": subscriptions_app,
    "web": web_app,
}
OPEN = ({}, {"type": "object"}, {"type": "object", "additionalProperties": True})
TARGET = 0.95


def successes(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(operation, its 2xx content by media type) of every operation."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for status, answer in operation.get("responses", {}).items():
                if status.startswith("2"):
                    yield f"{method.upper()} {path} {status}", answer.get("content", {})


def typed(schema: dict[str, Any], components: dict[str, Any]) -> bool:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return typed(components.get(name, {}), components)
    if {k: v for k, v in schema.items() if k not in ("title", "description")} in OPEN:
        return False
    if schema.get("type") == "array":
        return typed(schema.get("items", {}), components)
    return True


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    return {name: factory().openapi() for name, factory in FACTORIES.items()}


def test_at_least_95_percent_of_json_answers_are_typed(
    documents: dict[str, dict[str, Any]],
) -> None:
    json_ops, untyped = 0, []
    for service, document in documents.items():
        components = document.get("components", {}).get("schemas", {})
        for operation, content in successes(document):
            if "application/json" not in content:
                continue
            json_ops += 1
            if not typed(content["application/json"].get("schema", {}), components):
                untyped.append(f"{service}: {operation}")
    share = 1 - len(untyped) / json_ops
    assert share >= TARGET, f"{share:.1%} typed; untyped:\n" + "\n".join(untyped)


def test_files_and_metrics_declare_their_media_type(documents: dict[str, dict[str, Any]]) -> None:
    for service, document in documents.items():
        for operation, content in successes(document):
            if any(word in operation for word in (".csv", ".xlsx", ".pdf", "/metrics")):
                assert content and "application/json" not in content, f"{service}: {operation}"
