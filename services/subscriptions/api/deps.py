"""Dependencies of the subscriptions routes: the wired service, and an endpoint the caller manages.

An endpoint named in a path is read from its own stream (not from the endpoints read model,
which lags), so a command answered a moment ago already counts: an endpoint registered is
found at once, one deleted is gone at once. An id that names no endpoint is 404, whatever its
form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Request

from kit.auth.principal import Role
from kit.errors import NotFound
from kit.http.deps import CurrentPrincipal
from services.subscriptions.application.access import require_manager
from services.subscriptions.application.endpoints import Found
from services.subscriptions.bootstrap import Subscriptions
from services.subscriptions.domain.scope import Scope

ENDPOINT_ID = re.compile(r"^[0-9a-f-]{1,64}$")
DELIVERY_ID = re.compile(r"^[gx][0-9]{1,9}-[0-9a-f-]{1,64}$")


def subscriptions(request: Request) -> Subscriptions:
    return request.app.state.subscriptions  # type: ignore[no-any-return]


SubscriptionsDep = Annotated[Subscriptions, Depends(subscriptions)]
EndpointId = Annotated[str, Path(max_length=200, description="The endpoint's id")]
DeliveryId = Annotated[
    str, Path(max_length=200, description="g<generation>-<event id> or x<request>-<event id>")
]


def no_endpoint() -> NotFound:
    return NotFound("ไม่พบปลายทางเว็บฮุกนี้", "No such webhook endpoint.")


def no_delivery() -> NotFound:
    return NotFound("ไม่พบการส่งนี้", "No such delivery.")


def known_delivery(delivery_id: DeliveryId) -> str:
    if not DELIVERY_ID.match(delivery_id):
        raise no_delivery()
    return delivery_id


@dataclass(frozen=True)
class Managed:
    """An endpoint the caller may manage, as its stream holds it, with the caller's role."""

    found: Found
    role: Role

    @property
    def endpoint_id(self) -> str:
        return self.found.endpoint_id

    @property
    def scope(self) -> Scope:
        return self.found.scope


async def managed_endpoint(
    endpoint_id: EndpointId, s: SubscriptionsDep, principal: CurrentPrincipal
) -> Managed:
    found = await s.endpoints.find(endpoint_id) if ENDPOINT_ID.match(endpoint_id) else None
    if found is None:
        raise no_endpoint()
    return Managed(found, require_manager(principal, found.scope))


ManagedEndpoint = Annotated[Managed, Depends(managed_endpoint)]
KnownDelivery = Annotated[str, Depends(known_delivery)]
