"""One well-formed request per operation of a service, aimed at another tenant's resources.

Bodies and query parameters are the smallest valid ones schemathesis finds for the operation's
documented schema (deterministic), so that a refusal is the scope or role check speaking and
not validation. Path parameters name Loei's ESA loei-3, its school, and real ids of its data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import hypothesis
import schemathesis
from schemathesis.generation.modes import GenerationMode

from kit.settings import Settings
from tests.fuzz.schemas import FACTORIES

VICTIM = {
    "esa": "loei-3",
    "province": "loei",
    "school": "1042060101",
    "year": "2569",
    "semester": "1",
    "person": "sup-loei-3-01",
}
SOME_ID = "01a200cd-0000-7000-8000-00000000beef"  # the shape of a Nithet id; nobody's

# The first valid example, derandomized; not shrunk (shrinking is slow and nothing needs it).
QUIET = hypothesis.settings(
    database=None, derandomize=True, deadline=None, phases=[hypothesis.Phase.generate]
)


@dataclass(frozen=True)
class Probe:
    service: str
    method: str
    route: str  # the OpenAPI path template
    path: str
    query: dict[str, Any]
    body: Any

    def __str__(self) -> str:
        return f"{self.service}: {self.method} {self.route}"

    def request(self) -> dict[str, Any]:
        sent: dict[str, Any] = {"method": self.method, "url": self.path, "params": self.query}
        if self.body is not None:
            sent["json"] = self.body
        return sent


def _smallest_valid(operation: Any) -> Any:
    strategy = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)
    return hypothesis.find(strategy, lambda _: True, settings=QUIET)


def _path(route: str, generated: dict[str, Any], ids: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in ids or name in VICTIM:
            return ids.get(name) or VICTIM[name]
        if name.endswith("_id"):
            return SOME_ID
        return str(generated[name])  # an enumerated name (a view, a format, a read model)

    return re.sub(r"{(\w+)}", value, route)


def probes(service: str, ids: dict[str, str]) -> list[Probe]:
    document = FACTORIES[service](Settings()).openapi()
    schema = schemathesis.openapi.from_dict(document)
    found = []
    for result in schema.get_all_operations():
        operation = result.ok()
        case = _smallest_valid(operation)
        body = case.body if operation.body else None
        if body is not None and not isinstance(body, (dict, list)):
            body = None
        found.append(
            Probe(
                service,
                operation.method.upper(),
                operation.path,
                _path(operation.path, case.path_parameters or {}, ids),
                dict(case.query or {}),
                body,
            )
        )
    return found


SERVICES = tuple(FACTORIES)
