"""Dependencies shared by the reporting routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from services.reporting.bootstrap import Reporting

Year = Annotated[int, Query(ge=2500, le=2700, description="Academic year (B.E.), e.g. 2569")]
Semester = Annotated[int | None, Query(ge=1, le=2, description="Semester 1 or 2")]


def reporting(request: Request) -> Reporting:
    return request.app.state.reporting  # type: ignore[no-any-return]


ReportingDep = Annotated[Reporting, Depends(reporting)]
