"""Reading a school's record or the ESA's per-school lists, within the caller's scope."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kit.auth.principal import Principal
from kit.errors import NotFound
from services.needs.adapters import records
from services.needs.api.access import own_school, reader_filter, require_in_esa, require_reader
from services.needs.bootstrap import Needs


async def school_record(
    n: Needs, principal: Principal, kind: str, record_id: str, esa: str
) -> dict[str, Any]:
    """One record of a school: 404 when unknown or outside what the caller reads."""
    require_in_esa(principal, esa)
    doc = await records.record(n.views, kind, record_id, esa)
    require_reader(principal, esa, str(doc["school"]), str(doc.get("cluster", "")))
    return doc


async def school_records(
    n: Needs, principal: Principal, kind: str, esa: str, year: int | None, school: str | None
) -> list[dict[str, Any]]:
    """The ESA's records of one kind the caller reads (a school: its own; a cluster grant:
    its cluster's), of one school when asked."""
    where = reader_filter(principal, esa)
    if school is not None and where.get("school", school) != school:
        return []
    asked = {"school": school} if school else {}
    return await records.records(n.views, kind, esa, year, **(where | asked))


@dataclass(frozen=True)
class Addressed:
    """An ESA-wide record addressed to schools (a campaign, a dispatch of model media): ESA
    staff read it whole; a school it is addressed to reads its own part only."""

    kind: str  # "campaign"
    parts: str  # each school's part, by school: "responses"
    mine: str  # the school's own part, in its answer: "my_response"
    hidden: tuple[str, ...] = ()  # what else a school does not see

    def for_school(self, doc: dict[str, Any], school: str) -> dict[str, Any]:
        hidden = {"targets", self.parts, *self.hidden}
        part = doc.get(self.parts, {}).get(school)
        return {k: v for k, v in doc.items() if k not in hidden} | {self.mine: part}


async def addressed_records(
    n: Needs, principal: Principal, what: Addressed, esa: str, year: int | None
) -> list[dict[str, Any]]:
    school = own_school(principal, esa)
    docs = await records.records(n.views, what.kind, esa, year)
    if school is None:
        return docs
    return [what.for_school(d, school) for d in docs if school in d.get("targets", {})]


async def addressed_record(
    n: Needs, principal: Principal, what: Addressed, record_id: str, esa: str
) -> dict[str, Any]:
    school = own_school(principal, esa)
    doc = await records.record(n.views, what.kind, record_id, esa)
    if school is None:
        return doc
    if school not in doc.get("targets", {}):
        raise NotFound(details={"resource": what.kind, "id": record_id})
    return what.for_school(doc, school)


CAMPAIGNS = Addressed("campaign", "responses", "my_response", hidden=("reminders",))
DISPATCHED = Addressed("dispatch", "receipts", "my_receipt")
