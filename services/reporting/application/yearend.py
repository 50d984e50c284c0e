"""The year-end report of an ESA, a province or the nation, from the registered sections.

The report follows the manual's form 9 (แบบรายงานผลการดำเนินงานตามกระบวนงาน): a header naming
the office and the academic year, a summary of every process's headline figures, then one
part per process (domain section): its figures and its tables, with Thai headers and dates in
the Buddhist Era. A province's report adds the breakdown per ESA, the nation's per province,
when a section does not already carry it. XLSX and PDF are drawn from this one model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kit.thai import format_date, format_datetime
from services.reporting.application.attribution import BANGKOK

FORM_TH = "แบบรายงานผลการดำเนินงานตามกระบวนงาน"
META = {"domain", "title_th", "title_en", "labels_th", "sheet_th", "level", "code", "year"}
META |= {"semester"}
COMMON_LABELS = {
    "esa": "เขตพื้นที่การศึกษา",
    "province": "จังหวัด",
    "name_th": "ชื่อ",
    "cluster": "กลุ่มโรงเรียน",
    "school": "รหัสโรงเรียน",
    "rate": "ร้อยละ",
}
BREAKDOWN = {
    "province": ("esas", "esa", "by_esa"),
    "nation": ("provinces", "province", "by_province"),
}
BREAKDOWN_TH = {"esa": "แยกตามเขตพื้นที่การศึกษา", "province": "แยกตามจังหวัด"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Table:
    title_th: str
    headers: list[str]
    rows: list[list[Any]]
    ratio_columns: set[int] = field(default_factory=set)


@dataclass
class Part:
    key: str
    title_th: str
    sheet_th: str
    figures: list[tuple[str, Any, bool]]  # label, value, is a ratio
    tables: list[Table]


@dataclass
class YearEndReport:
    office_th: str
    office_en: str
    level: str
    code: str
    year: int
    semester: int | None
    issued: datetime
    as_of: datetime | None
    parts: list[Part]

    @property
    def title_th(self) -> str:
        term = f" ภาคเรียนที่ {self.semester}" if self.semester else ""
        return f"{FORM_TH} ประจำปีการศึกษา {self.year}{term}"

    @property
    def issued_th(self) -> str:
        return format_datetime(self.issued.astimezone(BANGKOK))

    @property
    def as_of_th(self) -> str | None:
        return None if self.as_of is None else format_datetime(self.as_of.astimezone(BANGKOK))


def is_ratio(key: str) -> bool:
    return key == "rate" or key.endswith("_rate")


def readable(value: Any) -> Any:
    """Values as a Thai reader expects them: B.E. dates, yes/no, a dash for nothing."""
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if value is None:
        return "-"
    if isinstance(value, str) and ISO_DAY.match(value):
        return format_date(date.fromisoformat(value))
    if isinstance(value, (date, datetime)):
        return format_date(value)
    return value


def _label(key: str, labels: dict[str, str]) -> str:
    return labels.get(key) or COMMON_LABELS.get(key) or key


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def table_of(title: str, rows: list[dict[str, Any]], labels: dict[str, str]) -> Table:
    keys: list[str] = []
    for row in rows:
        keys += [k for k, v in row.items() if _scalar(v) and k not in keys]
    return Table(
        title,
        [_label(k, labels) for k in keys],
        [[readable(row.get(k)) for k in keys] for row in rows],
        {i for i, k in enumerate(keys) if is_ratio(k)},
    )


def part_of(key: str, section: dict[str, Any], breakdown: Table | None) -> Part:
    labels = section.get("labels_th", {})
    title = section.get("title_th", key)
    figures = [
        (_label(k, labels), readable(v), is_ratio(k))
        for k, v in section.items()
        if k not in META and _scalar(v)
    ]
    tables = [
        table_of(_label(k, labels), v, labels)
        for k, v in section.items()
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
    ]
    if breakdown is not None:
        tables.insert(0, breakdown)
    return Part(key, title, section.get("sheet_th", title), figures, tables)


def _breakdown(view: dict[str, Any], key: str, section: dict[str, Any]) -> Table | None:
    spec = BREAKDOWN.get(view["level"])
    if spec is None or spec[2] in section:
        return None
    children, code_key, _ = spec
    rows = [
        {code_key: c[code_key], "name_th": c.get("name_th", "")}
        | {k: v for k, v in c["sections"].get(key, {}).items() if k not in META}
        for c in view.get(children, [])
    ]
    return table_of(BREAKDOWN_TH[code_key], rows, section.get("labels_th", {}))


def year_end_report(
    view: dict[str, Any], issued: datetime, as_of: datetime | None
) -> YearEndReport:
    """The report of a unified view (services.reporting.application.views)."""
    parts = [
        part_of(key, section, _breakdown(view, key, section))
        for key, section in view["sections"].items()
    ]
    office = view.get("name_th", view["code"])
    if view["level"] == "province":
        office = f"จังหวัด{office}"
    return YearEndReport(
        office_th=office,
        office_en=view.get("name_en", view["code"]),
        level=view["level"],
        code=view["code"],
        year=view["year"],
        semester=view.get("semester"),
        issued=issued,
        as_of=as_of,
        parts=parts,
    )
