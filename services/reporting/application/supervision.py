"""Supervision reporting queries: each view (coverage, follow-ups, observations, quality, sar)
for an ESA, a province (per ESA) and the nation (per province). The section of the unified
view is in supervision_section; the ESA's records (training, partners, dissemination) in
training, partnerships and dissemination."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.reporting.application import supervision_levels as levels
from services.reporting.application.breakdown import members
from services.reporting.application.querying import Store

BELOW = {"province": "esa", "nation": "province"}


async def view(
    store: Store,
    level: str,
    code: str,
    year: int,
    semester: int | None,
    view: str,
    today: date | None = None,
) -> dict[str, Any]:
    """A supervision view of one level, with the breakdown one level down."""
    key = BELOW.get(level)

    async def names() -> list[str]:
        return (await members(store, level, code))[1]

    below = (key, names) if key else None
    return await levels.answer(store, view, level, code, year, semester, today, below)
