"""Paging through an endpoint's delivery log, newest first.

A page token names the last delivery of a page: `<created at, epoch milliseconds>.<delivery id>`
(the order of the log is creation time, then delivery id). The next page holds the deliveries
that come after it in that order, so paging never skips or repeats one, even while new
deliveries are being added at the top.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Query

from kit.errors import InvalidInput

PageToken = Annotated[
    str | None,
    Query(
        max_length=100,
        pattern=r"^[0-9]{1,15}\.[gx][0-9]+-[0-9a-f-]+$",
        description="The `before` token of the `Link: rel=next` header of the previous page.",
    ),
]

NEXT_PAGE_LINK: dict[str, Any] = {
    "description": 'The next page, when this one is full: `<path?...&before=token>; rel="next"`.',
    "schema": {"type": "string"},
}


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS = timedelta(milliseconds=1)


def page_token(doc: dict[str, Any]) -> str:
    created: datetime = doc["created_at"]
    if created.tzinfo is None:  # PyMongo hands back UTC without a zone
        created = created.replace(tzinfo=UTC)
    return f"{(created - EPOCH) // MS}.{doc['delivery_id']}"  # exact: the store keeps ms


def page_position(token: str) -> tuple[datetime, str]:
    millis, delivery_id = token.split(".", 1)
    try:
        return EPOCH + int(millis) * MS, delivery_id
    except OverflowError:
        raise InvalidInput(
            "โทเค็นหน้าถัดไปไม่ถูกต้อง", "The page token is not valid.", code="bad_page_token"
        ) from None
