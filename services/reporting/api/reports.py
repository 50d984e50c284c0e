"""Year-end reports (form 9) of an ESA, a province or the nation, as XLSX or PDF."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import Response

from kit.http.deps import CurrentPrincipal
from services.reporting.adapters.pdf import pdf_bytes
from services.reporting.adapters.xlsx import workbook_bytes
from services.reporting.api.deps import PerspectiveDep, ReportingDep, Semester, Year
from services.reporting.api.views import require_level
from services.reporting.application.perspective import Perspective
from services.reporting.application.yearend_report import year_end_report
from services.reporting.bootstrap import Reporting

router = APIRouter(prefix="/v1/reports", tags=["reports"])
Format = Literal["xlsx", "pdf"]
MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


async def report(
    r: Reporting,
    level: str,
    code: str,
    year: int,
    semester: int | None,
    p: Perspective,
    fmt: Format,
) -> Response:
    store = await r.store_for(p)
    content = await year_end_report(store, level, code, year, semester, datetime.now(UTC), p.as_of)
    render = workbook_bytes if fmt == "xlsx" else pdf_bytes
    body = await asyncio.to_thread(render, content)
    name = f"year-end-{code}-{year}{f'-s{semester}' if semester else ''}.{fmt}"
    return Response(
        body,
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/esas/{esa}/year-end.{fmt}", response_class=Response)
async def esa_report(
    esa: str,
    fmt: Format,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    perspective: PerspectiveDep,
    semester: Semester = None,
) -> Response:
    """An ESA's year-end report (form 9): one part per process, Thai, B.E. dates."""
    require_level(principal, "esa", esa)
    return await report(r, "esa", esa, year, semester, perspective, fmt)


@router.get("/provinces/{province}/year-end.{fmt}", response_class=Response)
async def province_report(
    province: str,
    fmt: Format,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    perspective: PerspectiveDep,
    semester: Semester = None,
) -> Response:
    """A province's year-end report, with a part per ESA."""
    require_level(principal, "province", province)
    return await report(r, "province", province, year, semester, perspective, fmt)


@router.get("/nation/year-end.{fmt}", response_class=Response)
async def nation_report(
    fmt: Format,
    year: Year,
    r: ReportingDep,
    principal: CurrentPrincipal,
    perspective: PerspectiveDep,
    semester: Semester = None,
) -> Response:
    """The national year-end report, with a part per province."""
    require_level(principal, "nation", "th")
    return await report(r, "nation", "th", year, semester, perspective, fmt)
