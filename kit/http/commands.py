"""A command through HTTP: who gives it, with which key and version, and the answer's headers.

A command route takes the command itself (a domain model, validated at the edge) and one
`Call`: the caller, their `Idempotency-Key`, `If-Match` and `X-Correlation-Id`, and the
response whose headers the answer sets:

    @router.post("/esas/{esa}/campaigns/{campaign_id}/close", response_model=CampaignClosed)
    async def close_campaign(esa: Esa, campaign_id: Id, command: CloseCampaign, call: Call,
                             n: NeedsDep) -> CampaignClosed:
        \"\"\"Close a campaign: no answers are accepted after it (supervisors).\"\"\"
        meta = call.meta(n.supervisor_of(esa), command, esa=esa, campaign=campaign_id)
        return call.answer(await handlers.close(n.commands, meta, esa, campaign_id), CampaignClosed)

The answer is the resource (or its identity) as a typed model; the stream's version goes in
`ETag` (send it back as `If-Match`), a replayed key sets `Idempotent-Replayed: true`, and a
created resource's address goes in `Location`. The body never carries store details.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Response
from pydantic import BaseModel

from kit.auth.principal import Principal, Role
from kit.commands import CommandMeta, CommandOutcome
from kit.http.deps import CorrelationId, CurrentPrincipal, ExpectedVersion, IdempotencyKey

M = TypeVar("M", bound=BaseModel)


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


@dataclass
class CommandCall:
    principal: Principal
    response: Response
    idempotency_key: str | None = None
    expected_version: int | None = None
    correlation_id: str | None = None

    def meta(self, role: Role, command: BaseModel | str, **where: Any) -> CommandMeta:
        """The command's metadata: its name and payload (the command and where it applies)
        make the fingerprint an `Idempotency-Key` is checked against."""
        if isinstance(command, str):
            name, payload = command, where
        else:
            name = type(command).__name__
            payload = {**where, **command.model_dump(mode="json")}
        return command_meta(
            self.principal,
            role,
            name,
            payload,
            self.idempotency_key,
            self.expected_version,
            self.correlation_id,
        )

    def answer(self, outcome: CommandOutcome, model: type[M], location: str | None = None) -> M:
        """The typed answer; the version in `ETag`, a replay and a new address in headers."""
        self.response.headers["ETag"] = f'"{outcome.version}"'
        if outcome.replayed:
            self.response.headers["Idempotent-Replayed"] = "true"
        if location:
            self.response.headers["Location"] = location
        return model.model_validate(outcome.answer)


def command_call(
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
    correlation: CorrelationId = None,
) -> CommandCall:
    return CommandCall(principal, response, key, expected, correlation)


Call = Annotated[CommandCall, Depends(command_call)]
