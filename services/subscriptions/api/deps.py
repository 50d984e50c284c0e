"""Dependencies of the subscriptions routes: the wired service, and an endpoint the caller manages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Request

from kit.auth.principal import Role
from kit.errors import NotFound
from kit.http.deps import CurrentPrincipal
from services.subscriptions.application.access import require_manager
from services.subscriptions.bootstrap import Subscriptions
from services.subscriptions.domain.scope import Scope, scope_of


def subscriptions(request: Request) -> Subscriptions:
    return request.app.state.subscriptions  # type: ignore[no-any-return]


SubscriptionsDep = Annotated[Subscriptions, Depends(subscriptions)]
EndpointId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[0-9a-f-]+$")]


@dataclass(frozen=True)
class Managed:
    """An endpoint the caller may manage, with its scope and the caller's managing role."""

    doc: dict[str, Any]
    scope: Scope
    role: Role

    @property
    def endpoint_id(self) -> str:
        return str(self.doc["endpoint_id"])


async def managed_endpoint(
    endpoint_id: EndpointId, s: SubscriptionsDep, principal: CurrentPrincipal
) -> Managed:
    doc = await s.docs.endpoint(endpoint_id)
    if doc is None:
        raise NotFound("ไม่พบปลายทางเว็บฮุกนี้", "No such webhook endpoint.")
    scope = scope_of(doc["scope_level"], doc["scope_id"])
    return Managed(doc, scope, require_manager(principal, scope))


ManagedEndpoint = Annotated[Managed, Depends(managed_endpoint)]


def present(doc: dict[str, Any]) -> dict[str, Any]:
    """An endpoint as the API shows it (secrets by id and validity only, never their value)."""
    shown = (
        "endpoint_id",
        "url",
        "description",
        "event_types",
        "province",
        "status",
        "disabled",
        "start",
        "generation",
        "replay",
        "redeliveries",
        "secret_rotated_at",
        "registered_at",
        "registered_by",
        "updated_at",
        "version",
    )
    return {k: doc.get(k) for k in shown} | {
        "scope": {"level": doc["scope_level"], "id": doc["scope_id"]},
        "secrets": [{"id": s["id"], "valid_until": s["until"]} for s in doc.get("secrets", [])],
    }
