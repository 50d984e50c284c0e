"""The subscriptions API's OpenAPI is a client's contract: typed answers, commands, enumerations."""

from __future__ import annotations

from typing import Any

import pytest

from kit.settings import Settings
from services.subscriptions.domain.commands import (
    RegisterEndpoint,
    ReplayEndpoint,
    ReplayPosition,
    RotateSecret,
    ScopeChoice,
)
from services.subscriptions.main import create_app


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return create_app(Settings()).openapi()


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, op)
        for path, ops in spec["paths"].items()
        if path.startswith("/v1/")
        for method, op in ops.items()
    ]


def test_every_route_declares_its_answer_and_no_answer_carries_a_version(
    spec: dict[str, Any],
) -> None:
    schemas = spec["components"]["schemas"]
    for method, path, op in _operations(spec):
        [success] = [code for code in op["responses"] if code.startswith("2")]
        schema = op["responses"][success]["content"]["application/json"]["schema"]
        ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
        assert ref, f"{method} {path} declares no answer model"
        fields = schemas[ref.rsplit("/", 1)[1]]["properties"]
        assert "version" not in fields and "stream" not in fields, f"{method} {path}"


def test_request_bodies_are_the_commands(spec: dict[str, Any]) -> None:
    bodies = {
        (method, path): op["requestBody"]["content"]["application/json"]["schema"]
        for method, path, op in _operations(spec)
        if "requestBody" in op
    }
    assert bodies[("POST", "/v1/endpoints")]["$ref"].endswith("/RegisterEndpoint")
    assert bodies[("POST", "/v1/endpoints/{endpoint_id}/replay")]["$ref"].endswith(
        "/ReplayEndpoint"
    )
    rotate = bodies[("POST", "/v1/endpoints/{endpoint_id}/secret/rotate")]
    assert any(s.get("$ref", "").endswith("/RotateSecret") for s in rotate["anyOf"])


def test_every_command_field_has_a_thai_title() -> None:
    for command in (RegisterEndpoint, ScopeChoice, RotateSecret, ReplayEndpoint, ReplayPosition):
        for name, field in command.model_fields.items():
            assert field.title and not field.title.isascii(), f"{command.__name__}.{name}"


def test_choices_are_enumerations_in_the_openapi(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["ScopeLevel"]["enum"] == ["esa", "province", "nation"]
    assert schemas["StartFrom"]["enum"] == ["now", "beginning"]
    assert schemas["ReplayStart"]["enum"] == ["beginning", "time", "position"]
    assert set(schemas["EndpointStatus"]["enum"]) >= {"active", "paused", "disabled"}
    listing = spec["paths"]["/v1/endpoints/{endpoint_id}/deliveries"]["get"]["parameters"]
    status = next(p for p in listing if p["name"] == "status")["schema"]
    assert status["anyOf"][0]["$ref"].endswith("/DeliveryStatus")
    assert schemas["DeliveryStatus"]["enum"] == ["pending", "delivered", "failed", "superseded"]
