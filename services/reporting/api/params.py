"""The query parameters of reporting's routes, each set one dependency that gives the
report's query its keyword arguments (`year`, `semester`, `on`, `perspective`...)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Path, Query

from services.reporting.api.answers_needs import Category
from services.reporting.api.deps import PerspectiveDep, Semester, Year

Params = dict[str, Any]
TermSemester = Annotated[int, Query(ge=1, le=2, description="Semester 1 or 2")]
On = Annotated[date | None, Query(description="The day overdue is counted at (default today)")]
Subject = Annotated[
    str | None, Query(pattern=r"^[a-z_]{1,30}$", description="A learning area, e.g. mathematics")
]


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    PDF = "pdf"


def year_only(year: Year) -> Params:
    return {"year": year}


def term(year: Year, semester: Semester = None) -> Params:
    """The academic year, or one semester of it."""
    return {"year": year, "semester": semester}


def one_semester(year: Year, semester: TermSemester) -> Params:
    return {"year": year, "semester": semester}


def service_day(year: Year, semester: Semester = None, on: On = None) -> Params:
    return {"year": year, "semester": semester, "on": on}


def ranking_filter(
    year: Year,
    category: Annotated[Category | None, Query(description="Only needs of this kind")] = None,
    subject: Subject = None,
) -> Params:
    return {"year": year, "category": category and category.value, "subject": subject}


def seen(year: Year, perspective: PerspectiveDep, semester: Semester = None) -> Params:
    """A view: the year (or a semester), seen at a moment or through an organisation."""
    return {"year": year, "semester": semester, "perspective": perspective}


def export(
    fmt: Annotated[ExportFormat, Path(description="xlsx or pdf")],
    year: Year,
    perspective: PerspectiveDep,
    semester: Semester = None,
) -> Params:
    return {"year": year, "semester": semester, "perspective": perspective, "fmt": fmt.value}
