"""Dependencies shared by the reporting routers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import Depends, Query, Request

from kit.errors import InvalidInput
from services.reporting.application.attribution import BANGKOK
from services.reporting.application.perspective import Perspective
from services.reporting.bootstrap import Reporting

Year = Annotated[int, Query(ge=2500, le=2700, description="Academic year (B.E.), e.g. 2569")]
Semester = Annotated[int | None, Query(ge=1, le=2, description="Semester 1 or 2")]


def reporting(request: Request) -> Reporting:
    return request.app.state.reporting  # type: ignore[no-any-return]


ReportingDep = Annotated[Reporting, Depends(reporting)]


def perspective(
    as_of: Annotated[
        datetime | None,
        Query(
            description="See the view as it stood at this moment (ISO 8601; Thai time if no zone)"
        ),
    ] = None,
    organisation: Annotated[
        Literal["then", "now"] | None,
        Query(
            description="Attribute each school's facts to its ESA and cluster of the time (then) "
            "or of today (now); omitted: as recorded"
        ),
    ] = None,
) -> Perspective:
    if as_of is not None:
        as_of = as_of if as_of.tzinfo else as_of.replace(tzinfo=BANGKOK)
        if as_of > datetime.now(UTC):
            raise InvalidInput(
                "เวลาที่ขอดูต้องไม่อยู่ในอนาคต",
                "as_of must not be in the future.",
                code="as_of_in_future",
            )
        if as_of.timestamp() < 0:  # before any event log (Kafka takes no earlier time)
            raise InvalidInput(
                "เวลาที่ขอดูต้องไม่ก่อนปี ค.ศ. 1970",
                "as_of must not be before 1970.",
                code="as_of_too_early",
            )
    return Perspective(as_of, organisation or "recorded")


PerspectiveDep = Annotated[Perspective, Depends(perspective)]
