"""Managing webhook endpoints: register, list, read, pause, resume, rotate the secret, delete."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Response

from kit.errors import Forbidden, InvalidInput
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CorrelationId, CurrentPrincipal, ExpectedVersion, IdempotencyKey
from services.subscriptions.api import schemas
from services.subscriptions.api.deps import ManagedEndpoint, SubscriptionsDep, present
from services.subscriptions.application import handlers
from services.subscriptions.application.access import listing_filters, require_manager
from services.subscriptions.domain import model
from services.subscriptions.domain.scope import Scope, scope_of
from services.subscriptions.domain.signature import new_secret
from services.subscriptions.domain.targets import check_url

router = APIRouter(prefix="/v1", tags=["endpoints"])


def _scope(body: schemas.ScopeBody) -> Scope:
    try:
        return scope_of(body.level, body.id)
    except ValueError as exc:
        raise InvalidInput(
            "ขอบเขตไม่ถูกต้อง: ระบุเขตพื้นที่ (loei-3) จังหวัด (loei) หรือประเทศ (th)",
            f"The scope is not valid: {exc}.",
            code="invalid_scope",
        ) from exc


@router.post("/endpoints", status_code=201)
async def register_endpoint(
    body: schemas.RegisterEndpointRequest,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    correlation: CorrelationId = None,
) -> dict[str, Any]:
    """Register a webhook endpoint for event types within a scope; answers its secret once."""
    scope = _scope(body.scope)
    role = require_manager(principal, scope)
    if not await s.docs.organisation_knows(scope.level.value, scope.id):
        raise InvalidInput("ไม่พบเขตพื้นที่หรือจังหวัดนี้", "No such ESA or province.", code="unknown_scope")
    check_url(body.url, s.policy)
    payload = body.model_dump(mode="json")
    meta = command_meta(principal, role, "register_endpoint", payload, key, None, correlation)
    outcome = await handlers.register(
        s.commands,
        s.secrets,
        meta,
        scope=scope,
        url=body.url,
        description=body.description,
        event_types=body.event_types,
        start=body.start,
        secret=body.secret or new_secret(),
    )
    secret_id = outcome.result["secret_id"]
    secret = (await s.secrets.get([secret_id])).get(secret_id)
    return command_answer(outcome, response) | {"secret": secret}


@router.get("/endpoints")
async def list_endpoints(s: SubscriptionsDep, principal: CurrentPrincipal) -> list[dict[str, Any]]:
    """The endpoints the caller manages (admins and integrations, within their scope)."""
    filters = listing_filters(principal)
    if not filters:
        raise Forbidden(
            "เฉพาะผู้ดูแลระบบหรือระบบที่เชื่อมต่อเท่านั้นที่ดูปลายทางเว็บฮุกได้",
            "Only an admin or an integration may list webhook endpoints.",
        )
    found = {d["endpoint_id"]: d for flt in filters for d in await s.docs.find(flt)}
    return sorted((present(d) for d in found.values()), key=lambda d: d["registered_at"])


@router.get("/endpoints/{endpoint_id}")
async def get_endpoint(endpoint: ManagedEndpoint, response: Response) -> dict[str, Any]:
    """One endpoint: target, filters, scope, state, cursor generation."""
    response.headers["ETag"] = f'"{endpoint.doc.get("version", "")}"'
    return present(endpoint.doc)


@router.get("/endpoints/{endpoint_id}/secret")
async def get_secret(
    endpoint: ManagedEndpoint, s: SubscriptionsDep, response: Response
) -> dict[str, Any]:
    """The signing secret (and a previous one still signing after a rotation)."""
    response.headers["Cache-Control"] = "no-store"
    refs = endpoint.doc.get("secrets", [])
    values = await s.secrets.get([r["id"] for r in refs])
    current = values.get(refs[0]["id"]) if refs else None
    previous = [
        {"secret": values.get(r["id"]), "valid_until": r["until"]}
        for r in refs[1:]
        if r["id"] in values
    ]
    return {"secret": current, "previous": previous}


async def _change(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    name: str,
    key: str | None,
    expected: int | None,
) -> dict[str, Any]:
    decide = {"pause": model.pause, "resume": model.resume, "delete": model.delete}[name]
    payload = {"endpoint": endpoint.endpoint_id}
    meta = command_meta(principal, endpoint.role, f"{name}_endpoint", payload, key, expected)
    outcome = await handlers.change(s.commands, meta, endpoint.scope, endpoint.endpoint_id, decide)
    return command_answer(outcome, response)


@router.post("/endpoints/{endpoint_id}/pause")
async def pause_endpoint(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Hold deliveries; nothing is skipped, resuming continues from the cursor."""
    return await _change(endpoint, s, principal, response, "pause", key, expected)


@router.post("/endpoints/{endpoint_id}/resume")
async def resume_endpoint(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Deliver again after a pause, or after the receiver answered 410 Gone."""
    return await _change(endpoint, s, principal, response, "resume", key, expected)


@router.delete("/endpoints/{endpoint_id}")
async def delete_endpoint(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """Stop delivering for good and forget the endpoint's secrets."""
    answer = await _change(endpoint, s, principal, response, "delete", key, expected)
    await s.secrets.forget(endpoint.endpoint_id)
    return answer


@router.post("/endpoints/{endpoint_id}/secret/rotate")
async def rotate_secret(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    body: schemas.RotateSecretRequest | None = None,
    key: IdempotencyKey = None,
    expected: ExpectedVersion = None,
) -> dict[str, Any]:
    """A new signing secret; the old one keeps signing beside it for `keep_previous_hours`."""
    body = body or schemas.RotateSecretRequest()
    payload = {"endpoint": endpoint.endpoint_id, **body.model_dump()}
    meta = command_meta(principal, endpoint.role, "rotate_secret", payload, key, expected)
    outcome = await handlers.rotate_secret(
        s.commands,
        s.secrets,
        meta,
        endpoint.scope,
        endpoint.endpoint_id,
        new_secret(),
        timedelta(hours=body.keep_previous_hours),
    )
    secret_id = outcome.result["secret_id"]
    secret = (await s.secrets.get([secret_id])).get(secret_id)
    return command_answer(outcome, response) | {"secret": secret}
