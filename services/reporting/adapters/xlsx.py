"""The year-end report as an XLSX workbook (openpyxl).

A summary sheet (the office, the academic year, the date of issue in B.E., every process's
headline figures), then one sheet per section. Each sheet's header row is frozen, headers are
Thai, columns are as wide as their text (Thai combining marks take no width), and ratios are
formatted as percentages.
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from services.reporting.application.yearend import Part, Table, YearEndReport

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
MAX_WIDTH = 60
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def text_width(value: Any) -> int:
    """Columns a value needs: marks above and below Thai letters take no width."""
    text = str(value)
    return sum(
        0 if unicodedata.combining(c) or unicodedata.category(c) == "Mn" else 1 for c in text
    )


def _header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=col, value=header)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _table(ws: Worksheet, row: int, table: Table) -> int:
    ws.cell(row=row, column=1, value=table.title_th).font = BOLD
    _header_row(ws, row + 1, table.headers)
    for r, values in enumerate(table.rows, start=row + 2):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if c - 1 in table.ratio_columns and isinstance(value, (int, float)):
                cell.number_format = "0.00%"
    return row + 3 + len(table.rows)


def _figures(ws: Worksheet, row: int, figures: list[tuple[str, Any, bool]]) -> int:
    for label, value, ratio in figures:
        ws.cell(row=row, column=1, value=label)
        cell = ws.cell(row=row, column=2, value=value)
        if ratio and isinstance(value, (int, float)):
            cell.number_format = "0.00%"
        row += 1
    return row + 1


def _fit_columns(ws: Worksheet, skip_rows: int) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows(min_row=skip_rows + 1):
        for cell in row:
            if cell.value is not None:
                widths[cell.column] = max(widths.get(cell.column, 8), text_width(cell.value) + 3)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(width, MAX_WIDTH)


def _title_block(ws: Worksheet, report: YearEndReport, subtitle: str) -> None:
    ws["A1"] = report.title_th
    ws["A1"].font = TITLE
    ws["A2"] = f"{report.office_th} — {subtitle}"
    ws["A3"] = f"ออกรายงานเมื่อ {report.issued_th}" + (
        f" (ข้อมูล ณ {report.as_of_th})" if report.as_of_th else ""
    )


def _summary(ws: Worksheet, report: YearEndReport) -> None:
    _title_block(ws, report, "สรุปผลการดำเนินงาน")
    _header_row(ws, 5, ["กระบวนงาน", "ตัวชี้วัด", "ผล"])
    ws.freeze_panes = "A6"
    row = 6
    for part in report.parts:
        for label, value, ratio in part.figures:
            ws.cell(row=row, column=1, value=part.title_th)
            ws.cell(row=row, column=2, value=label)
            cell = ws.cell(row=row, column=3, value=value)
            if ratio and isinstance(value, (int, float)):
                cell.number_format = "0.00%"
            row += 1
    _fit_columns(ws, skip_rows=4)


def _part(ws: Worksheet, report: YearEndReport, part: Part) -> None:
    _title_block(ws, report, part.title_th)
    _header_row(ws, 5, ["ตัวชี้วัด", "ผล"])
    ws.freeze_panes = "A6"
    row = _figures(ws, 6, part.figures)
    for table in part.tables:
        row = _table(ws, row, table)
    _fit_columns(ws, skip_rows=4)


def sheet_name(title: str, taken: set[str]) -> str:
    base = SHEET_FORBIDDEN.sub(" ", title).strip()[:28] or "ส่วน"
    name, n = base, 2
    while name in taken:
        name, n = f"{base[:26]} {n}", n + 1
    taken.add(name)
    return name


def workbook_bytes(report: YearEndReport) -> bytes:
    wb = Workbook()
    summary = wb.active
    summary.title = "สรุป"
    taken = {"สรุป"}
    _summary(summary, report)
    for part in report.parts:
        _part(wb.create_sheet(sheet_name(part.sheet_th, taken)), report, part)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
