"""A school's own figures, for its staff and director (and anyone over the school): in each
domain registered in sections.SCHOOL_SECTIONS, the school's surveys, productions, service
requests, visits, follow-ups, 4Q and SAR, trainings and partners, curriculum cases and
assessments. Never another school's figures, nor the ESA's rankings or coverage lists.

The school is placed (ESA, cluster, province, name) as the directory's events placed it
(supervision_coverage's school documents).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kit.errors import NotFound
from services.reporting.application.querying import Doc, Store
from services.reporting.application.sections import SCHOOL_SECTIONS
from services.reporting.projections.supervision_coverage import MODEL as COVERAGE


async def school_place(store: Store, school: str) -> Doc | None:
    """The school's code, name, ESA, cluster and province, or None for an unknown school."""
    return await store.get(COVERAGE, f"school:{school}")


async def school_view(
    store: Store, school: str, year: int, semester: int | None, now: datetime | None = None
) -> dict[str, Any]:
    place = await school_place(store, school)
    if place is None or "esa" not in place:
        raise NotFound("ไม่พบโรงเรียนนี้", "No such school.")
    moment = now or datetime.now(UTC)
    return {
        "level": "school",
        "code": school,
        "name_th": place.get("name_th", ""),
        "esa": place["esa"],
        "cluster": place.get("cluster"),
        "province": place.get("province"),
        "year": year,
        "semester": semester,
        "sections": {
            name: await section(store, place, year, semester, moment)
            for name, section in SCHOOL_SECTIONS.items()
        },
    }
