"""Each service's OpenAPI document as a schemathesis schema, with the generation settings.

The documents come from apps built with default settings (building one starts nothing); the
generated requests go to the deployment's running apps through schemathesis' ASGI client.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from fastapi import FastAPI
from schemathesis.config import SchemathesisConfig
from schemathesis.schemas import BaseSchema

from kit.settings import Settings
from services.curriculum.main import create_app as curriculum_app
from services.directory.main import create_app as directory_app
from services.needs.main import create_app as needs_app
from services.reporting.main import create_app as reporting_app
from services.subscriptions.main import create_app as subscriptions_app
from services.supervision.main import create_app as supervision_app

EXAMPLES_PER_OPERATION = 5
SEED = 2569

FACTORIES: dict[str, Callable[..., FastAPI]] = {
    "directory": directory_app,
    "needs": needs_app,
    "supervision": supervision_app,
    "curriculum": curriculum_app,
    "reporting": reporting_app,
    "subscriptions": subscriptions_app,
}

# Scope parameters are fixed to the tenant the callers belong to, so that generated requests
# pass the scope check and reach validation and the rules; every other parameter is generated.
LOEI_3 = {"path.esa": "loei-3", "path.province": "loei", "path.school": "1042060101"}
RAYONG_2 = {"path.esa": "rayong-2", "path.province": "rayong", "path.school": "1021090101"}
PARAMETERS = {"curriculum": RAYONG_2}  # the sandbox pilot schools are in Rayong

# /readyz answers 503 by design while a dependency is down; it takes no input to fuzz.
NOT_FUZZED = "^/readyz$"


def config(service: str) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "request-timeout": 120,  # a year-end PDF on a busy shared machine
            "generation": {
                "mode": "all",  # valid input, and input that breaks the documented schema
                "max-examples": EXAMPLES_PER_OPERATION,
                "deterministic": True,
                "with-security-parameters": False,  # the test sends real tokens
                "database": "none",
            },
            "phases": {
                "coverage": {"enabled": False},
                "stateful": {"enabled": False},
                "examples": {
                    "enabled": False
                },  # the generated ones cover them; the tests draw a caller
            },
            "parameters": PARAMETERS.get(service, LOEI_3),
        }
    )


def schema_of(service: str) -> BaseSchema:
    app = FACTORIES[service](Settings())
    schema = schemathesis.openapi.from_dict(app.openapi(), config=config(service))
    schema.app = app  # chooses the ASGI transport; each call names the running app's client
    return schema.exclude(path_regex=NOT_FUZZED)


def document(service: str) -> dict[str, Any]:
    return FACTORIES[service](Settings()).openapi()
