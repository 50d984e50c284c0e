"""The unified views: a school's own figures, and an ESA's, a province's (per ESA) and the
nation's (per province) figures in every registered domain, live or seen from another moment
(`as_of`) or organisation (`organisation`)."""

from __future__ import annotations

from typing import Any

from services.reporting.api.answers import Level
from services.reporting.api.answers_school import SchoolView
from services.reporting.api.answers_views import View
from services.reporting.api.params import seen
from services.reporting.api.registry import THREE, Report, routes
from services.reporting.application import views
from services.reporting.application.perspective import Perspective
from services.reporting.application.querying import Store


async def unified(
    store: Store, level: str, code: str, year: int, semester: int | None, perspective: Perspective
) -> dict[str, Any]:
    return await views.view(store, level, code, year, semester) | perspective.describe()


REPORTS = [
    Report(
        "view",
        "",
        unified,
        {Level.SCHOOL: SchoolView, **dict.fromkeys(THREE, View)},
        "Figures in every domain",
        params=seen,
        levels=(Level.SCHOOL, *THREE),
        prefix="/v1/views",
    ),
]
router = routes(REPORTS, "views")
