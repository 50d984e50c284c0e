"""The year-end report (form 9, แบบรายงานผลการดำเนินงานตามกระบวนงาน) as a document.

A report is the office's header (its Thai name, the academic year, the day of the report in
B.E.) and parts: one per process of the manual, then, for a province or the nation, one per
office below it. A part holds headline figures, tables and notes (such as "no data yet").
Every value carries its kind, so that the XLSX keeps numbers as numbers (percentages with a
percent format) and the PDF prints them the Thai way. Parts are built by the yearend_* modules
(yearend_report assembles them); adapters/xlsx.py and adapters/pdf.py draw them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from kit.thai import format_date
from services.reporting.application.attribution import BANGKOK

FORM_TH = "แบบรายงานผลการดำเนินงานตามกระบวนงาน"
NO_DATA_TH = "ยังไม่มีข้อมูล"
Kind = Literal["text", "int", "decimal", "percent", "measure"]


@dataclass(frozen=True)
class Measure:
    """A value with its kind: a number, a decimal (means), a ratio (0..1) or text."""

    value: Any
    kind: Kind = "int"


@dataclass(frozen=True)
class Figure:
    label: str
    value: Any
    kind: Kind = "int"

    @property
    def measure(self) -> Measure:
        return Measure(self.value, self.kind)


@dataclass(frozen=True)
class Column:
    label: str
    kind: Kind = "text"  # "measure": each cell is a Measure of its own kind


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    empty: str = "ไม่มีรายการ"  # printed instead of an empty table


@dataclass
class Part:
    key: str
    title: str
    sheet: str  # the XLSX sheet's name (at most 31 characters)
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class YearEndReport:
    office: str  # the office's Thai name: an ESA, "จังหวัด…", ประเทศไทย
    level: str
    code: str
    year: int
    semester: int | None
    issued: datetime
    as_of: datetime | None
    signatory: str  # who signs for the office
    parts: list[Part]  # one per process
    offices: list[Part] = field(default_factory=list)  # one per ESA (province), province (nation)

    @property
    def title(self) -> str:
        return f"{FORM_TH} ประจำปีการศึกษา {self.year}"

    @property
    def period(self) -> str:
        term = f"ภาคเรียนที่ {self.semester} " if self.semester else ""
        return f"{term}ปีการศึกษา {self.year}"

    @property
    def issued_th(self) -> str:
        return format_date(self.issued.astimezone(BANGKOK))

    @property
    def as_of_th(self) -> str | None:
        if self.as_of is None:
            return None
        moment = self.as_of.astimezone(BANGKOK)
        return f"{format_date(moment)} เวลา {moment:%H:%M} น."


def columns(*spec: tuple[str, Kind]) -> list[Column]:
    return [Column(label, kind) for label, kind in spec]


def ratio(part: float, whole: float) -> float | None:
    """part / whole, or None (printed as a dash) when there is nothing to divide by."""
    return round(part / whole, 4) if whole else None


def day_th(value: str | date | datetime | None) -> str:
    """An ISO day (or a date) in B.E.: '30 กันยายน 2569'; a dash for none."""
    if value is None or value == "":
        return "-"
    if isinstance(value, datetime):
        return format_date(value.astimezone(BANGKOK))
    if isinstance(value, date):
        return format_date(value)
    return format_date(date.fromisoformat(str(value)[:10]))


def shown(value: Any, kind: Kind) -> str:
    """A value as the PDF prints it: 1,234 · 4.25 · 87.5 % · a dash for none."""
    if isinstance(value, Measure):
        return shown(value.value, value.kind)
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if kind == "percent" and isinstance(value, (int, float)):
        return f"{value * 100:.1f} %"
    if kind == "decimal" and isinstance(value, (int, float)):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def is_number(kind: Kind, value: Any) -> bool:
    if isinstance(value, Measure):
        return is_number(value.kind, value.value)
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    return numeric and kind != "text"
