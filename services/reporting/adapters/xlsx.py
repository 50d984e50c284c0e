"""The year-end report as an XLSX workbook (openpyxl).

A summary sheet ("สรุป": every process's headline figures and the signatures), then one sheet
per process and one per office below (ESA or province), with the same parts as the PDF. Every
sheet opens with a header block (the form's title, the office, the part, the period and the
day of the report in B.E.), frozen above the content. Numbers are stored as numbers: counts
with a thousands format, means with two decimals, ratios as fractions with a percent format.
Columns are as wide as their headers and values (Thai marks above and below letters take no
width); titles and notes run across the empty cells to their right.
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from services.reporting.application.yearend import (
    Figure,
    Kind,
    Measure,
    Part,
    Table,
    YearEndReport,
    is_number,
    shown,
)
from services.reporting.application.yearend_report import figures_table

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
NOTE = Font(italic=True, color="444444")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
FORMATS = {"int": "#,##0", "decimal": "#,##0.00", "percent": "0.0 %"}
FIRST_ROW = 6  # below the header block
MAX_WIDTH, HEADER_WIDTH = 60, 24
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def text_width(value: Any) -> int:
    """Columns a value needs: marks above and below Thai letters take no width."""
    text = str(value)
    return sum(
        0 if unicodedata.combining(c) or unicodedata.category(c) == "Mn" else 1 for c in text
    )


class Sheet:
    """Writes blocks one under the other and remembers how wide each column must be."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws, self.row, self.widths = ws, FIRST_ROW, dict[int, int]()

    def text(self, value: str, font: Font = BOLD) -> None:
        self.ws.cell(row=self.row, column=1, value=value).font = font
        self.row += 1

    def header(self, labels: list[str]) -> None:
        for col, label in enumerate(labels, start=1):
            cell = self.ws.cell(row=self.row, column=col, value=label)
            cell.font, cell.fill = BOLD, HEADER_FILL
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            self._fit(col, min(text_width(label), HEADER_WIDTH))
        self.row += 1

    def values(self, values: list[Any], kinds: list[Kind]) -> None:
        for col, (value, kind) in enumerate(zip(values, kinds, strict=True), start=1):
            self._value(self.ws.cell(row=self.row, column=col), value, kind)
            self._fit(col, text_width(shown(value, kind)))
        self.row += 1

    def _value(self, cell: Cell, value: Any, kind: Kind) -> None:
        if isinstance(value, Measure):
            self._value(cell, value.value, value.kind)
        elif is_number(kind, value):
            cell.value = value
            cell.number_format = FORMATS.get(
                kind, FORMATS["int"] if isinstance(value, int) else FORMATS["decimal"]
            )
        else:
            cell.value = shown(value, kind)

    def _fit(self, col: int, width: int) -> None:
        self.widths[col] = max(self.widths.get(col, 8), min(width + 3, MAX_WIDTH))

    def fit_columns(self) -> None:
        for col, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = width


def _table(sheet: Sheet, table: Table) -> None:
    sheet.text(table.title)
    if not table.rows:
        sheet.text(table.empty, NOTE)
    else:
        sheet.header([c.label for c in table.columns])
        for row in table.rows:
            sheet.values(row, [c.kind for c in table.columns])
    sheet.row += 1


def _figures(sheet: Sheet, figures: list[Figure]) -> None:
    if figures:
        sheet.header(["ตัวชี้วัด", "ผล"])
        for f in figures:
            sheet.values([f.label, f.measure], ["text", "measure"])
        sheet.row += 1


def _header_block(ws: Worksheet, report: YearEndReport, part_title: str) -> None:
    ws["A1"] = report.title
    ws["A1"].font = TITLE
    ws["A2"] = f"หน่วยงาน {report.office}"
    ws["A3"] = part_title
    ws["A3"].font = BOLD
    as_of = f" (ข้อมูล ณ {report.as_of_th})" if report.as_of_th else ""
    ws["A4"] = f"{report.period} · วันที่รายงาน {report.issued_th}{as_of}"
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0


def _part(ws: Worksheet, report: YearEndReport, part: Part) -> None:
    _header_block(ws, report, part.title)
    sheet = Sheet(ws)
    _figures(sheet, part.figures)
    for note in part.notes:
        sheet.text(note, NOTE)
    if part.notes:
        sheet.row += 1
    for table in part.tables:
        _table(sheet, table)
    sheet.fit_columns()


def _summary(ws: Worksheet, report: YearEndReport) -> None:
    _header_block(ws, report, "สรุปผลการดำเนินงาน")
    sheet = Sheet(ws)
    for part in report.parts:
        _table(sheet, figures_table(part))
    sheet.row += 1
    for line in (
        "ลงชื่อ .................................................. ผู้รายงาน",
        "ตำแหน่ง ..................................................",
        "ลงชื่อ .................................................. ผู้รับรอง",
        report.signatory,
        "วันที่ ........ เดือน .................... พ.ศ. ..........",
    ):
        sheet.text(line, Font())
    sheet.fit_columns()


def sheet_name(title: str, taken: set[str]) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, unique."""
    base = SHEET_FORBIDDEN.sub(" ", title).strip()[:31] or "ส่วน"
    name, n = base, 2
    while name in taken:
        name, n = f"{base[:28]} {n}", n + 1
    taken.add(name)
    return name


def workbook_bytes(report: YearEndReport) -> bytes:
    wb = Workbook()
    summary = wb.active
    summary.title = "สรุป"
    taken = {"สรุป"}
    _summary(summary, report)
    for part in [*report.parts, *report.offices]:
        _part(wb.create_sheet(sheet_name(part.sheet, taken)), report, part)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
