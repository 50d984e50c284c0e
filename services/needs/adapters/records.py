"""Reading the service's own records (`needs_records`): one by key, or a list of the ESA's."""

from __future__ import annotations

from typing import Any

from kit.errors import NotFound
from kit.readmodel.docs import public
from kit.readmodel.store import ReadModelStore
from services.needs.adapters.projections.records import MODEL

Doc = dict[str, Any]
# A record is in the view once the event that creates it is; until then only its later parts
# (another stream's) may be there: a campaign's responses, a dispatch's receipts.
CREATED_BY = {"campaign": "opens_on", "dispatch": "sent_on"}


async def record(views: ReadModelStore, kind: str, record_id: str, esa: str) -> Doc:
    """A record of the ESA (not found when absent, not yet created, or another ESA's)."""
    doc = await record_or_none(views, kind, record_id, esa)
    if doc is None:
        raise NotFound(details={"resource": kind, "id": record_id})
    return doc


async def record_or_none(views: ReadModelStore, kind: str, record_id: str, esa: str) -> Doc | None:
    doc = await views.get(MODEL, f"{kind}:{record_id}")
    if doc is None or doc.get("esa") != esa or CREATED_BY.get(kind, "record") not in doc:
        return None
    return public(doc)


async def records(
    views: ReadModelStore, kind: str, esa: str, year: int | None = None, **where: str
) -> list[Doc]:
    """The ESA's records of one kind, newest first (ids are time-ordered)."""
    flt: dict[str, Any] = {"record": kind, "esa": esa} | where
    if year is not None:
        flt["year"] = str(year)
    docs = [public(d) for d in await views.find(MODEL, flt)]
    created = CREATED_BY.get(kind, "record")
    return sorted((d for d in docs if created in d), key=lambda d: d["_id"], reverse=True)


async def campaign_responses(views: ReadModelStore, esa: str, campaign_id: str) -> list[Doc]:
    docs = await views.find(MODEL, {"record": "response", "campaign_id": campaign_id})
    return [public(d) for d in docs if d.get("esa") == esa]
