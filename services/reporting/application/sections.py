"""The domains whose figures make up the unified views and the year-end reports.

Each domain's reporting module offers `section(store, level, code, year, semester)`, level
"esa" | "province" | "nation" and code the ESA code, province code or "th". A domain appears
in every view and report once it is registered in SECTIONS (one line). A domain that has
figures of one school for that school's own view (`/v1/views/schools/{school}`) registers
`section(store, place, year, semester, now)` in SCHOOL_SECTIONS, `place` being the school's
document (school, name_th, esa, cluster, province).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from services.reporting.application import (
    curriculum,
    needs,
    school_curriculum,
    school_needs,
    school_supervision,
    supervision_section,
)
from services.reporting.application.querying import Store

Section = Callable[[Store, str, str, int, int | None], Awaitable[dict[str, Any]]]
SchoolSection = Callable[
    [Store, dict[str, Any], int, int | None, datetime], Awaitable[dict[str, Any]]
]

SECTIONS: dict[str, Section] = {
    "needs": needs.section,
    "supervision": supervision_section.section,
    "curriculum": curriculum.section,
}
SCHOOL_SECTIONS: dict[str, SchoolSection] = {
    "needs": school_needs.section,
    "supervision": school_supervision.section,
    "curriculum": school_curriculum.section,
}
LEVELS = ("esa", "province", "nation")
