"""docs/asyncapi.yaml: generated from the event registries, current, and valid AsyncAPI 3.0."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from nithet import asyncapi

SCHEMA = Path(__file__).parent / "asyncapi" / "asyncapi-3.0.0.schema.json"


def committed() -> dict[str, Any]:
    return yaml.safe_load(asyncapi.DOCUMENT.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for v in node.values() for r in refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in refs(v)]
    return []


def resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_the_committed_document_is_what_the_generator_makes_now() -> None:
    text = asyncapi.DOCUMENT.read_text(encoding="utf-8")
    assert text == asyncapi.render(), "docs/asyncapi.yaml is stale: run python -m nithet.asyncapi"


def test_the_document_is_valid_against_the_official_asyncapi_3_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(committed()))
    assert not errors, [f"{list(e.path)}: {e.message[:200]}" for e in errors[:5]]


def test_the_validation_does_refuse_a_broken_document() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = committed()
    broken["operations"]["read_needs"]["action"] = "consume"
    assert list(jsonschema.Draft7Validator(schema).iter_errors(broken))


def test_every_reference_in_the_document_resolves() -> None:
    document = committed()
    for ref in refs(document):
        assert ref.startswith("#/"), ref
        assert resolve(document, ref) is not None, ref


def test_every_registered_event_type_has_a_message_with_its_data_schema() -> None:
    document = committed()
    registries = asyncapi._registries()
    assert {"directory", "needs", "subscriptions"} <= set(registries)
    for service, registry in registries.items():
        channel = document["channels"][service]
        assert channel["address"] == "{prefix}." + service + ".events"
        for event_type in registry.types:
            message = document["components"]["messages"][event_type]
            assert message["contentType"] == "application/cloudevents+json"
            data = resolve(document, message["payload"]["allOf"][1]["properties"]["data"]["$ref"])
            assert data["title"] == event_type.split(".", 1)[1]
            assert channel["messages"][event_type.split(".", 1)[1]]
