"""Turning an HTTP request into a command's metadata, and its outcome into the answer."""

from __future__ import annotations

from typing import Any

from fastapi import Response

from kit.auth.principal import Principal, Role
from kit.commands import CommandMeta, CommandOutcome


def command_meta(
    principal: Principal,
    role: Role,
    name: str,
    payload: Any,
    idempotency_key: str | None = None,
    expected_version: int | None = None,
    correlation_id: str | None = None,
) -> CommandMeta:
    return CommandMeta(
        actor_id=principal.subject,
        actor_role=role.value,
        name=name,
        payload=payload,
        idempotency_key=idempotency_key,
        expected_version=expected_version,
        correlation_id=correlation_id,
    )


def command_answer(outcome: CommandOutcome, response: Response) -> dict[str, Any]:
    """The command's result; a replayed Idempotency-Key is flagged in a header."""
    if outcome.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    response.headers["ETag"] = f'"{outcome.result.get("version", "")}"'
    return outcome.result
