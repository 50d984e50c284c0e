"""The domains whose headline figures make up the unified views and the year-end reports.

Each domain's reporting module offers `section(store, level, code, year, semester)`, level
"esa" | "province" | "nation" and code the ESA code, province code or "th". A domain appears
in every view and report once it is registered here (one line).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from services.reporting.application import curriculum, needs, supervision
from services.reporting.application.querying import Store

Section = Callable[[Store, str, str, int, int | None], Awaitable[dict[str, Any]]]

SECTIONS: dict[str, Section] = {
    "needs": needs.section,
    "supervision": supervision.section,
    "curriculum": curriculum.section,
}
LEVELS = ("esa", "province", "nation")
