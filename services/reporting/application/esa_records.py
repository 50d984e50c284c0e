"""What the ESA's records (training, partner cooperation, dissemination) share: the records
of one semester, and an answer that, for an ESA, lists its records beside its figures."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from services.reporting.application.breakdown import answer
from services.reporting.application.querying import Doc, Store
from services.reporting.application.rollup import Rollup

# (key of the list in an ESA's answer, the records of a document, the list's rows)
Listing = tuple[str, Callable[[Doc], list[Doc]], Callable[[list[Doc]], list[Doc]]]


def of_term(records: Iterable[Doc], semester: int | None) -> list[Doc]:
    """The records of the semester asked for (all of them when none)."""
    return [r for r in records if semester is None or r.get("semester") == semester]


async def answered(
    store: Store,
    rollup: Rollup,
    level: str,
    code: str,
    year: int,
    semester: int | None,
    figures: Callable[[Doc], Doc],
    zero: Doc,
    listing: Listing,
) -> dict[str, Any]:
    """The level's figures and breakdown; an ESA's answer also lists its records."""
    found = await answer(
        store, rollup, level, code, year, (semester,), figures, zero, semester=semester
    )
    if level == "esa":
        key, records, rows = listing
        docs = await store.find(rollup.models[0], {"esa": code, "year": str(year)})
        found[key] = rows([r for d in docs for r in records(d)])
    return found
