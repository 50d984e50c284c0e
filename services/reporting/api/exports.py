"""Year-end reports (form 9) of an ESA, a province or the nation, as XLSX or PDF."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from fastapi.responses import Response

from services.reporting.adapters.pdf import pdf_bytes
from services.reporting.adapters.xlsx import workbook_bytes
from services.reporting.api.params import export
from services.reporting.api.registry import Report, routes
from services.reporting.application.perspective import Perspective
from services.reporting.application.querying import Store
from services.reporting.application.yearend_report import year_end_report

MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


async def year_end(
    store: Store,
    level: str,
    code: str,
    year: int,
    semester: int | None,
    perspective: Perspective,
    fmt: str,
) -> Response:
    issued = datetime.now(UTC)
    content = await year_end_report(store, level, code, year, semester, issued, perspective.as_of)
    render = workbook_bytes if fmt == "xlsx" else pdf_bytes
    body = await asyncio.to_thread(render, content)
    name = f"year-end-{code}-{year}{f'-s{semester}' if semester else ''}.{fmt}"
    return Response(
        body,
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


REPORTS = [
    Report(
        "year_end",
        "/year-end.{fmt}",
        year_end,
        None,
        "The year-end report (form 9, Thai, B.E. dates) as XLSX or PDF",
        params=export,
        prefix="/v1/reports",
        files=MEDIA,
    ),
]
router = routes(REPORTS, "reports")
