"""The lists the routes answer: a read model's documents of one ESA, narrowed to what the
caller reads (docs/supervision.md, "Who reads what"), as the route's answer model."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from kit.auth.principal import Principal
from services.supervision.adapters import reading
from services.supervision.adapters.projections import records
from services.supervision.api.access import office, school_reader
from services.supervision.api.deps import known_esa
from services.supervision.bootstrap import Supervision

M = TypeVar("M", bound=BaseModel)


async def school_records(
    s: Supervision, principal: Principal, model: str, flt: dict[str, Any], answer: type[M]
) -> list[M]:
    """Records about schools: all of the ESA's, a cluster's, or the caller's own school's."""
    admits = school_reader(principal, flt["esa"])
    await known_esa(s, flt["esa"])
    return [answer.model_validate(d) for d in await reading.listing(s.views, model, flt, admits)]


async def office_records(
    s: Supervision, principal: Principal, kind: str, esa: str, year: int, answer: type[M]
) -> list[M]:
    """The ESA's own records of a year, for those who read the ESA as a whole."""
    office(principal, esa)
    await known_esa(s, esa)
    flt = {"kind": kind, "esa": esa, "year": str(year)}
    return [answer.model_validate(d) for d in await reading.listing(s.views, records.MODEL, flt)]
