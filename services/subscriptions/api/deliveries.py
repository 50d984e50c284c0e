"""An endpoint's cursor and delivery log: replay, look at deliveries and attempts, redeliver."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from kit.errors import InvalidInput
from kit.http.commands import Call
from services.subscriptions.api import answers, delivery_answers
from services.subscriptions.api.deps import (
    KnownDelivery,
    ManagedEndpoint,
    SubscriptionsDep,
    no_delivery,
)
from services.subscriptions.api.pages import NEXT_PAGE_LINK, PageToken, page_position, page_token
from services.subscriptions.application import handlers
from services.subscriptions.domain.commands import ReplayEndpoint

router = APIRouter(prefix="/v1", tags=["deliveries"])


def _shown(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in ("_id", "endpoint", "delivery")}


def _check_replay(command: ReplayEndpoint, s: SubscriptionsDep) -> None:
    unknown = sorted({p.topic for p in command.positions} - set(s.event_topics))
    if unknown:
        raise InvalidInput(
            "ไม่รู้จักหัวข้อเหตุการณ์นี้",
            f"Unknown event topics: {', '.join(unknown)}; one of {', '.join(s.event_topics)}.",
            code="unknown_topic",
            details={"field": "positions"},
        )
    if command.at is not None and command.at > s.commands.now():
        raise InvalidInput(
            "เวลาที่จะเริ่มส่งซ้ำต้องไม่อยู่ในอนาคต",
            "A replay starts at a time that has passed.",
            code="replay_in_future",
            details={"field": "at"},
        )


@router.post(
    "/endpoints/{endpoint_id}/replay", status_code=202, response_model=answers.ReplayRequested
)
async def replay(
    command: ReplayEndpoint, endpoint: ManagedEndpoint, s: SubscriptionsDep, call: Call
) -> answers.ReplayRequested:
    """Start the endpoint's cursor over: from the beginning, a time, or positions."""
    _check_replay(command, s)
    meta = call.meta(endpoint.role, command, endpoint=endpoint.endpoint_id)
    outcome = await handlers.request_replay(
        s.commands, meta, endpoint.scope, endpoint.endpoint_id, command
    )
    return call.answer(outcome, answers.ReplayRequested)


@router.get("/endpoints/{endpoint_id}/cursor", response_model=answers.Cursor)
async def cursor(endpoint: ManagedEndpoint, s: SubscriptionsDep) -> answers.Cursor:
    """Where the endpoint's deliveries have got to: the next offset of every partition."""
    generation = endpoint.found.endpoint.generation
    positions = (await s.cursors.cursors(endpoint.endpoint_id)).get(generation, {})
    return answers.Cursor(
        generation=generation,
        positions=[
            answers.Position(topic=t, partition=p, offset=o)
            for (t, p), o in sorted(positions.items())
        ],
    )


@router.get(
    "/endpoints/{endpoint_id}/deliveries",
    response_model=list[delivery_answers.Delivery],
    responses={200: {"headers": {"Link": NEXT_PAGE_LINK}}},
)
async def list_deliveries(
    endpoint: ManagedEndpoint,
    s: SubscriptionsDep,
    request: Request,
    response: Response,
    status: delivery_answers.DeliveryStatus | None = None,
    trigger: delivery_answers.DeliveryTrigger | None = None,
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
        {k: str(v) for k, v in flt.items() if v is not None},
        limit,
        None if before is None else page_position(before),
    )
    if len(found) == limit:
        following = request.url.include_query_params(before=page_token(found[-1]))
        response.headers["Link"] = f'<{following.path}?{following.query}>; rel="next"'
    return [_shown(d) for d in found]


@router.get(
    "/endpoints/{endpoint_id}/deliveries/{delivery_id}",
    response_model=delivery_answers.DeliveryWithAttempts,
)
async def get_delivery(
    endpoint: ManagedEndpoint, delivery_id: KnownDelivery, s: SubscriptionsDep
) -> dict[str, Any]:
    """One delivery with every attempt: when, the answer's status and first bytes, errors."""
    doc = await s.log.get(endpoint.endpoint_id, delivery_id)
    if doc is None:
        raise no_delivery()
    attempts = await s.log.attempts(doc)
    return _shown(doc) | {"attempt_log": [_shown(a) for a in attempts]}


@router.post(
    "/endpoints/{endpoint_id}/deliveries/{delivery_id}/redeliver",
    status_code=202,
    response_model=answers.RedeliveryRequested,
)
async def redeliver(
    endpoint: ManagedEndpoint, delivery_id: KnownDelivery, s: SubscriptionsDep, call: Call
) -> answers.RedeliveryRequested:
    """Send this delivery's event once more (same webhook-id), as a new delivery."""
    doc = await s.log.get(endpoint.endpoint_id, delivery_id)
    if doc is None:
        raise no_delivery()
    meta = call.meta(
        endpoint.role, "RedeliverDelivery", endpoint=endpoint.endpoint_id, delivery=delivery_id
    )
    delivery = {**doc, "delivery_id": delivery_id}
    outcome = await handlers.request_redelivery(
        s.commands, meta, endpoint.scope, endpoint.endpoint_id, delivery
    )
    created = f"/v1/endpoints/{endpoint.endpoint_id}/deliveries/{outcome.result['delivery_id']}"
    return call.answer(outcome, answers.RedeliveryRequested, location=created)
