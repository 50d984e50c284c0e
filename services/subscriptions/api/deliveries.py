"""An endpoint's cursor and delivery log: replay, look at deliveries and attempts, redeliver."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from kit.errors import InvalidInput, NotFound
from kit.http.commands import command_answer, command_meta
from kit.http.deps import CurrentPrincipal, IdempotencyKey
from services.subscriptions.api import schemas
from services.subscriptions.api.deps import ManagedEndpoint, SubscriptionsDep
from services.subscriptions.api.pages import NEXT_PAGE_LINK, PageToken, page_position, page_token
from services.subscriptions.application import handlers
from services.subscriptions.domain.events import Position

router = APIRouter(prefix="/v1", tags=["deliveries"])

DeliveryId = Annotated[str, Path(min_length=3, max_length=80, pattern=r"^[gx][0-9]+-[0-9a-f-]+$")]


def _shown(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in ("_id", "endpoint", "delivery")}


@router.post("/endpoints/{endpoint_id}/replay", status_code=202)
async def replay(
    body: schemas.ReplayRequest,
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Start the endpoint's cursor over: from the beginning, a time, or positions."""
    unknown = sorted({p.topic for p in body.positions} - set(s.event_topics))
    if unknown:
        raise InvalidInput(
            "ไม่รู้จักหัวข้อเหตุการณ์นี้",
            f"Unknown event topics: {', '.join(unknown)}; one of {', '.join(s.event_topics)}.",
            code="unknown_topic",
        )
    if body.at is not None and body.at > s.commands.now():
        raise InvalidInput(
            "เวลาที่จะเริ่มส่งซ้ำต้องไม่อยู่ในอนาคต",
            "A replay starts at a time that has passed.",
            code="replay_in_future",
        )
    positions = [Position(**p.model_dump()) for p in body.positions]
    payload = {"endpoint": endpoint.endpoint_id, **body.model_dump(mode="json")}
    meta = command_meta(principal, endpoint.role, "replay", payload, key)
    outcome = await handlers.request_replay(
        s.commands, meta, endpoint.scope, endpoint.endpoint_id, body.start, body.at, positions
    )
    return command_answer(outcome, response)


@router.get("/endpoints/{endpoint_id}/cursor")
async def cursor(endpoint: ManagedEndpoint, s: SubscriptionsDep) -> dict[str, Any]:
    """Where the endpoint's deliveries have got to: the next offset of every partition."""
    generation = int(endpoint.doc.get("generation", 0))
    positions = (await s.log.cursors(endpoint.endpoint_id)).get(generation, {})
    return {
        "generation": generation,
        "replay": endpoint.doc.get("replay"),
        "positions": [
            {"topic": t, "partition": p, "offset": o} for (t, p), o in sorted(positions.items())
        ],
    }


@router.get(
    "/endpoints/{endpoint_id}/deliveries",
    responses={200: {"headers": {"Link": NEXT_PAGE_LINK}}},
)
async def list_deliveries(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    request: Request,
    response: Response,
    status: Literal["pending", "delivered", "failed", "superseded"] | None = None,
    trigger: Literal["live", "replay", "redelivery"] | None = None,
    event_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before: PageToken = None,
) -> list[dict[str, Any]]:
    """The newest deliveries first, with their attempts count and last answer.

    A full page carries a `Link` header to the next one (`rel="next"`, the same filters and a
    `before` token); the pages hold every delivery once, whatever is delivered meanwhile.
    """
    flt = {"status": status, "trigger": trigger, "event_id": event_id}
    found = await s.log.find(
        endpoint.endpoint_id,
        {k: v for k, v in flt.items() if v is not None},
        limit,
        None if before is None else page_position(before),
    )
    if len(found) == limit:
        following = request.url.include_query_params(before=page_token(found[-1]))
        response.headers["Link"] = f'<{following.path}?{following.query}>; rel="next"'
    return [_shown(d) for d in found]


@router.get("/endpoints/{endpoint_id}/deliveries/{delivery_id}")
async def get_delivery(
    endpoint: ManagedEndpoint, delivery_id: DeliveryId, s: SubscriptionsDep
) -> dict[str, Any]:
    """One delivery with every attempt: when, the answer's status and first bytes, errors."""
    doc = await s.log.get(endpoint.endpoint_id, delivery_id)
    if doc is None:
        raise NotFound("ไม่พบการส่งนี้", "No such delivery.")
    attempts = await s.log.attempts(endpoint.endpoint_id, delivery_id)
    return _shown(doc) | {"attempt_log": [_shown(a) for a in attempts]}


@router.post("/endpoints/{endpoint_id}/deliveries/{delivery_id}/redeliver", status_code=202)
async def redeliver(
    endpoint: ManagedEndpoint,
    delivery_id: DeliveryId,
    s: SubscriptionsDep,
    principal: CurrentPrincipal,
    response: Response,
    key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Send this delivery's event once more (same webhook-id), as a new delivery."""
    doc = await s.log.get(endpoint.endpoint_id, delivery_id)
    if doc is None:
        raise NotFound("ไม่พบการส่งนี้", "No such delivery.")
    payload = {"endpoint": endpoint.endpoint_id, "delivery": delivery_id}
    meta = command_meta(principal, endpoint.role, "redeliver", payload, key)
    delivery = {**doc, "delivery_id": delivery_id}
    outcome = await handlers.request_redelivery(
        s.commands, meta, endpoint.scope, endpoint.endpoint_id, delivery
    )
    return command_answer(outcome, response)
