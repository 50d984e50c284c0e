"""Generated requests, valid and invalid, against every operation of every service's OpenAPI.

Every answer must be a documented status with a body that matches its documented schema, and
none may be a server error: bad input gets a clear 4xx. The callers hold real tokens of the
tenant the scope parameters name, so requests get past authentication to validation and rules.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from tests.fuzz.deployment import Deployment
from tests.fuzz.schemas import schema_of

CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]

# Who calls each service: the roles that act there, inside the tenant of the fixed parameters.
CALLERS: dict[str, list[tuple[str, str]]] = {
    "directory": [("admin", "th"), ("esa_director", "loei-3"), ("school", "1042060101")],
    "needs": [("supervisor", "loei-3"), ("school", "1042060101"), ("esa_director", "loei-3")],
    "supervision": [("supervisor", "loei-3"), ("esa_director", "loei-3"), ("school", "1042060101")],
    "curriculum": [
        ("school", "1021090101"),
        ("supervisor", "rayong-2"),
        ("academic_subcommittee", "rayong"),
        ("policy_committee", "th"),
    ],
    "reporting": [("supervisor", "loei-3"), ("provincial_officer", "loei"), ("admin", "th")],
    "subscriptions": [("admin", "th"), ("integration", "loei"), ("integration", "loei-3")],
}


def call(deployment: Deployment, service: str, case: Any, caller: tuple[str, str]) -> None:
    client = asgi.get_client(deployment.apps[service])
    case.call_and_validate(session=client, headers=deployment.auth(*caller), checks=CHECKS)


def callers(service: str) -> Any:
    return st.sampled_from(CALLERS[service])


directory = schema_of("directory")
needs = schema_of("needs")
supervision = schema_of("supervision")
curriculum = schema_of("curriculum")
reporting = schema_of("reporting")
subscriptions = schema_of("subscriptions")


@directory.parametrize()
@directory.given(caller=callers("directory"))
def test_directory(case: Any, caller: tuple[str, str], deployment: Deployment) -> None:
    call(deployment, "directory", case, caller)


@needs.parametrize()
@needs.given(caller=callers("needs"))
def test_needs(case: Any, caller: tuple[str, str], deployment: Deployment) -> None:
    call(deployment, "needs", case, caller)


@supervision.parametrize()
@supervision.given(caller=callers("supervision"))
def test_supervision(case: Any, caller: tuple[str, str], deployment: Deployment) -> None:
    call(deployment, "supervision", case, caller)


@curriculum.parametrize()
@curriculum.given(caller=callers("curriculum"))
def test_curriculum(case: Any, caller: tuple[str, str], deployment: Deployment) -> None:
    call(deployment, "curriculum", case, caller)


@reporting.parametrize()
@reporting.given(caller=callers("reporting"))
def test_reporting(case: Any, caller: tuple[str, str], deployment: Deployment) -> None:
    call(deployment, "reporting", case, caller)


@subscriptions.parametrize()
@subscriptions.given(caller=callers("subscriptions"))
def test_subscriptions(case: Any, caller: tuple[str, str], deployment: Deployment) -> None:
    call(deployment, "subscriptions", case, caller)
