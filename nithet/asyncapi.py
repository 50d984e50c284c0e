"""The AsyncAPI 3.0 document of Nithet's Kafka topics, generated from the event registries.

Every service with events has a registry (`services.<name>.domain.events.registry`); each
registered type becomes a message whose payload is the CloudEvents envelope with that type's
data schema (the payload class's pydantic JSON schema). Services that do not exist (yet) are
left out. `python -m nithet.asyncapi` writes docs/asyncapi.yaml; `--check` only compares.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from kit.events import DomainEvent, EventRegistry
from kit.events.envelope import CONTENT_TYPE
from kit.messaging.topics import SERVICES_WITH_EVENTS
from nithet.event_contract import DESCRIPTION, ENVELOPE, HEADERS

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "docs" / "asyncapi.yaml"
SERVICES = (*SERVICES_WITH_EVENTS, "subscriptions")
KAFKA_BINDING = "0.5.0"
SCHEMAS = "#/components/schemas/"


def _registries() -> dict[str, EventRegistry]:
    found: dict[str, EventRegistry] = {}
    for service in SERVICES:
        module_name = f"services.{service}.domain.events"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # the service does not exist (yet)
            raise
        found[service] = module.registry
    return found


def _tolerant(schema: Any) -> Any:
    """Drop `additionalProperties: false`: consumers must accept fields they do not know."""
    if isinstance(schema, dict):
        return {
            k: _tolerant(v)
            for k, v in schema.items()
            if not (k == "additionalProperties" and v is False)
        }
    if isinstance(schema, list):
        return [_tolerant(v) for v in schema]
    return schema


def _data_schemas(service: str, cls: type[DomainEvent]) -> dict[str, Any]:
    """The data schema of one event type, and the nested models it refers to, by component name."""
    schema = cls.model_json_schema(ref_template=f"{SCHEMAS}{service}.{{model}}")
    nested = schema.pop("$defs", {})
    named = {cls.type: schema} | {f"{service}.{name}": s for name, s in nested.items()}
    return {name: _tolerant(s) for name, s in named.items()}


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)


def _message(service: str, cls: type[DomainEvent]) -> dict[str, Any]:
    name = cls.type.split(".", 1)[1]
    doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    return {
        "name": cls.type,
        "title": _words(name),
        "summary": doc or f"{_words(name)} ({service}).",
        "contentType": CONTENT_TYPE,
        "headers": {"$ref": f"{SCHEMAS}RecordHeaders"},
        "payload": {
            "allOf": [
                {"$ref": f"{SCHEMAS}CloudEvent"},
                {
                    "type": "object",
                    "properties": {
                        "type": {"const": cls.type},
                        "source": {"const": f"/nithet/{service}"},
                        "schemaversion": {"const": cls.schema_version},
                        "data": {"$ref": f"{SCHEMAS}{cls.type}"},
                    },
                },
            ]
        },
        "bindings": {
            "kafka": {
                "key": {"type": "string", "description": "The stream id: the event's subject."},
                "bindingVersion": KAFKA_BINDING,
            }
        },
    }


def _channel(service: str, registry: EventRegistry, partitions: int) -> dict[str, Any]:
    return {
        "address": f"{{prefix}}.{service}.events",
        "title": f"{service} events",
        "description": f"Every event of the {service} service, keyed by stream id.",
        "parameters": {"prefix": {"$ref": "#/components/parameters/prefix"}},
        "messages": {
            cls.type.split(".", 1)[1]: {"$ref": f"#/components/messages/{cls.type}"}
            for cls in registry.classes()
        },
        "bindings": {
            "kafka": {
                "partitions": partitions,
                "topicConfiguration": {"retention.ms": -1, "retention.bytes": -1},
                "bindingVersion": KAFKA_BINDING,
            }
        },
    }


def _operation(service: str, registry: EventRegistry) -> dict[str, Any]:
    return {
        "action": "receive",
        "channel": {"$ref": f"#/channels/{service}"},
        "title": f"Read the {service} events",
        "summary": f"Consume {service} events with your own consumer group.",
        "messages": [
            {"$ref": f"#/channels/{service}/messages/{cls.type.split('.', 1)[1]}"}
            for cls in registry.classes()
        ],
    }


def document(partitions: int = 4) -> dict[str, Any]:
    registries = _registries()
    schemas: dict[str, Any] = {
        "CloudEvent": copy.deepcopy(ENVELOPE),
        "RecordHeaders": copy.deepcopy(HEADERS),
    }
    messages: dict[str, Any] = {}
    for service, registry in registries.items():
        for cls in registry.classes():
            schemas |= _data_schemas(service, cls)
            messages[cls.type] = _message(service, cls)
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Nithet events",
            "version": "1.0.0",
            "description": DESCRIPTION,
        },
        "defaultContentType": CONTENT_TYPE,
        "servers": {
            "local": {
                "host": "127.0.0.1:9092",
                "protocol": "kafka",
                "description": "The broker of `make run` (a deployment names its own brokers).",
            }
        },
        "channels": {s: _channel(s, r, partitions) for s, r in registries.items()},
        "operations": {f"read_{s}": _operation(s, r) for s, r in registries.items()},
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "messages": dict(sorted(messages.items())),
            "parameters": {
                "prefix": {
                    "default": "nithet",
                    "description": "The deployment's topic prefix (NITHET_TOPIC_PREFIX).",
                }
            },
        },
    }


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]
    """Multi-line texts as literal blocks, so the document reads like prose."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def render(partitions: int = 4) -> str:
    body: str = yaml.dump(
        document(partitions), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
    return (
        "# Generated by `python -m nithet.asyncapi` from the event registries: do not edit.\n"
        + body
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nithet.asyncapi", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if docs/asyncapi.yaml is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = DOCUMENT.read_text(encoding="utf-8") if DOCUMENT.exists() else ""
        if current != text:
            print("docs/asyncapi.yaml is out of date: run python -m nithet.asyncapi")
            return 1
        return 0
    DOCUMENT.write_text(text, encoding="utf-8")
    print(f"wrote {DOCUMENT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
