"""Managing webhook endpoints: register, list, read, pause, resume, rotate the secret, delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from fastapi import APIRouter, Response

from kit.commands import CommandOutcome
from kit.errors import Forbidden, InvalidInput
from kit.http.commands import Call
from kit.http.deps import CurrentPrincipal
from services.subscriptions.api import answers
from services.subscriptions.api.deps import ManagedEndpoint, SubscriptionsDep, no_endpoint
from services.subscriptions.application import handlers
from services.subscriptions.application.access import listing_filters, require_manager
from services.subscriptions.domain import model
from services.subscriptions.domain.commands import RegisterEndpoint, RotateSecret, ScopeChoice
from services.subscriptions.domain.scope import Scope, scope_of
from services.subscriptions.domain.signature import new_secret
from services.subscriptions.domain.targets import check_url

router = APIRouter(prefix="/v1", tags=["endpoints"])


def _scope(choice: ScopeChoice) -> Scope:
    try:
        return scope_of(choice.level.value, choice.id)
    except ValueError as exc:
        raise InvalidInput(
            "ขอบเขตไม่ถูกต้อง: ระบุเขตพื้นที่ (loei-3) จังหวัด (loei) หรือประเทศ (th)",
            f"The scope is not valid: {exc}.",
            code="invalid_scope",
        ) from exc


async def _with_secret(s: SubscriptionsDep, outcome: CommandOutcome) -> CommandOutcome:
    """The answer with the secret its command stored (the first one, for a replayed key)."""
    secret_id = outcome.result["secret_id"]
    secret = (await s.secrets.get([secret_id])).get(secret_id, "")
    return replace(outcome, result=outcome.result | {"secret": secret})


@router.post("/endpoints", status_code=201, response_model=answers.EndpointRegistered)
async def register_endpoint(
    command: RegisterEndpoint, call: Call, s: SubscriptionsDep
) -> answers.EndpointRegistered:
    """Register a webhook endpoint for event types within a scope; answers its secret."""
    scope = _scope(command.scope)
    role = require_manager(call.principal, scope)
    if not await s.docs.organisation_knows(scope.level.value, scope.id):
        raise InvalidInput("ไม่พบเขตพื้นที่หรือจังหวัดนี้", "No such ESA or province.", code="unknown_scope")
    check_url(command.url, s.policy)
    secret = command.secret or new_secret()
    meta = call.meta(role, command)
    outcome = await handlers.register(s.commands, s.secrets, meta, scope, command, secret)
    location = f"/v1/endpoints/{outcome.result['endpoint_id']}"
    return call.answer(await _with_secret(s, outcome), answers.EndpointRegistered, location)


@router.get("/endpoints", response_model=list[answers.Endpoint])
async def list_endpoints(
    s: SubscriptionsDep, principal: CurrentPrincipal
) -> list[answers.Endpoint]:
    """The endpoints the caller manages (admins and integrations, within their scope)."""
    filters = listing_filters(principal)
    if not filters:
        raise Forbidden(
            "เฉพาะผู้ดูแลระบบหรือระบบที่เชื่อมต่อเท่านั้นที่ดูปลายทางเว็บฮุกได้",
            "Only an admin or an integration may list webhook endpoints.",
        )
    found = {d["endpoint_id"]: d for flt in filters for d in await s.docs.find(flt)}
    now = s.commands.now()
    shown = [answers.endpoint_of(d, now) for d in found.values()]
    return sorted(shown, key=lambda e: e.registered_at)


@router.get("/endpoints/{endpoint_id}", response_model=answers.Endpoint)
async def get_endpoint(
    endpoint: ManagedEndpoint, s: SubscriptionsDep, response: Response
) -> answers.Endpoint:
    """One endpoint: target, filters, scope, state, secrets by id, cursor generation."""
    doc = await s.docs.endpoint(endpoint.scope.id, endpoint.endpoint_id)
    if doc is None or doc.get("status") == model.DELETED:
        raise no_endpoint()
    response.headers["ETag"] = f'"{doc["version"]}"'
    return answers.endpoint_of(doc, s.commands.now())


@router.get("/endpoints/{endpoint_id}/secret", response_model=answers.SigningSecrets)
async def get_secret(
    endpoint: ManagedEndpoint, s: SubscriptionsDep, response: Response
) -> answers.SigningSecrets:
    """The signing secret, and replaced ones still signing beside it after a rotation."""
    response.headers["Cache-Control"] = "no-store"
    signing = endpoint.found.endpoint.secrets_in_force(s.commands.now())
    values = await s.secrets.get([sid for sid, _ in signing])
    previous = [
        answers.PreviousSecret(secret=values[sid], valid_until=until)
        for sid, until in signing[1:]
        if sid in values and until is not None
    ]
    return answers.SigningSecrets(secret=values.get(signing[0][0], ""), previous=previous)


async def _change(
    endpoint: ManagedEndpoint, s: SubscriptionsDep, call: Call, name: str
) -> answers.EndpointChanged:
    decide = {"pause": model.pause, "resume": model.resume, "delete": model.delete}[name]
    meta = call.meta(endpoint.role, f"{name.capitalize()}Endpoint", endpoint=endpoint.endpoint_id)
    outcome = await handlers.change(s.commands, meta, endpoint.scope, endpoint.endpoint_id, decide)
    return call.answer(outcome, answers.EndpointChanged)


@router.post("/endpoints/{endpoint_id}/pause", response_model=answers.EndpointChanged)
async def pause_endpoint(
    endpoint: ManagedEndpoint, s: SubscriptionsDep, call: Call
) -> answers.EndpointChanged:
    """Hold deliveries; nothing is skipped, resuming continues from the cursor."""
    return await _change(endpoint, s, call, "pause")


@router.post("/endpoints/{endpoint_id}/resume", response_model=answers.EndpointChanged)
async def resume_endpoint(
    endpoint: ManagedEndpoint, s: SubscriptionsDep, call: Call
) -> answers.EndpointChanged:
    """Deliver again after a pause, or after the receiver answered 410 Gone."""
    return await _change(endpoint, s, call, "resume")


@router.delete("/endpoints/{endpoint_id}", response_model=answers.EndpointChanged)
async def delete_endpoint(
    endpoint: ManagedEndpoint, s: SubscriptionsDep, call: Call
) -> answers.EndpointChanged:
    """Stop delivering for good and forget the endpoint's secrets."""
    answer = await _change(endpoint, s, call, "delete")
    await s.secrets.forget(endpoint.endpoint_id)
    return answer


@router.post("/endpoints/{endpoint_id}/secret/rotate", response_model=answers.SecretRotated)
async def rotate_secret(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    call: Call,
    command: RotateSecret | None = None,
) -> answers.SecretRotated:
    """A new signing secret, in force for every delivery from this answer on; the replaced one
    keeps signing beside it for `keep_previous_hours` (0: it stops at once)."""
    command = command or RotateSecret()
    meta = call.meta(endpoint.role, command, endpoint=endpoint.endpoint_id)
    keep = timedelta(hours=command.keep_previous_hours)
    outcome = await handlers.rotate_secret(
        s.commands, s.secrets, meta, endpoint.scope, endpoint.endpoint_id, new_secret(), keep
    )
    return call.answer(await _with_secret(s, outcome), answers.SecretRotated)
