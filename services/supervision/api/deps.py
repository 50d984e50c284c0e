"""What the supervision routes share: the wired service, the codes and years a path names, the
year and semester a query asks for.

A path names a resource: a code of the wrong shape, a year outside 2560-2600, a semester other
than 1 or 2 name nothing that exists, so they are 404, never 422. A query's year or semester
out of range is bad input: 422.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Path, Query, Request

from kit.errors import NotFound
from services.supervision.bootstrap import Supervision
from services.supervision.domain.commands.base import CODE, SCHOOL_CODE


def supervision(request: Request) -> Supervision:
    return request.app.state.supervision  # type: ignore[no-any-return]


SupervisionDep = Annotated[Supervision, Depends(supervision)]


def _shaped(value: str, pattern: str) -> str:
    if not re.fullmatch(pattern, value):
        raise NotFound()
    return value


def _esa(esa: Annotated[str, Path(description="ESA code, e.g. loei-3")]) -> str:
    return _shaped(esa, r"[a-z]{2,30}-[a-z0-9]{1,20}")


def _province(province: Annotated[str, Path(description="Province code, e.g. rayong")]) -> str:
    return _shaped(province, r"[a-z]{2,30}")


def _school(school: Annotated[str, Path(description="OBEC school code")]) -> str:
    return _shaped(school, SCHOOL_CODE.strip("^$"))


def _year(year: Annotated[int, Path(description="Academic year (B.E.), e.g. 2569")]) -> int:
    if not 2560 <= year <= 2600:
        raise NotFound()
    return year


def _semester(semester: Annotated[int, Path(description="Semester 1 or 2")]) -> int:
    if semester not in (1, 2):
        raise NotFound()
    return semester


def _id(value: str) -> str:
    return _shaped(value, CODE.strip("^$"))


def _visit(visit_id: Annotated[str, Path(description="Visit id")]) -> str:
    return _id(visit_id)


def _item(item_id: Annotated[str, Path(description="Action item id")]) -> str:
    return _id(item_id)


def _code(rubric_id: Annotated[str, Path(description="Rubric id, chosen by the ESA")]) -> str:
    return _id(rubric_id)


def _training(training_id: Annotated[str, Path(description="Training id")]) -> str:
    return _id(training_id)


Esa = Annotated[str, Depends(_esa)]
Province = Annotated[str, Depends(_province)]
School = Annotated[str, Depends(_school)]
PathYear = Annotated[int, Depends(_year)]
PathSemester = Annotated[int, Depends(_semester)]
VisitId = Annotated[str, Depends(_visit)]
ItemId = Annotated[str, Depends(_item)]
RubricId = Annotated[str, Depends(_code)]
TrainingId = Annotated[str, Depends(_training)]
YearQuery = Annotated[int, Query(ge=2500, le=2700, description="Academic year (B.E.)")]
SemesterQuery = Annotated[int, Query(ge=1, le=2, description="Semester 1 or 2")]


async def known_esa(s: Supervision, esa: str) -> None:
    """An ESA the directory has not told this service about is not found."""
    if not await s.lookups.knows_esa(esa):
        raise NotFound("ไม่พบเขตพื้นที่การศึกษานี้", "No such ESA.")


async def known_province(s: Supervision, province: str) -> None:
    if not await s.lookups.knows_province(province):
        raise NotFound("ไม่พบจังหวัดนี้", "No such province.")
