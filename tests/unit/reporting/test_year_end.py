"""Year-end reports (form 9) of an ESA, a province and the nation, read back from the XLSX.

The data is a year of Loei's work made by the services' own handlers
(tests.unit.reporting.year_end_year). The PDF and the check of every cell and every page
against internal keys are in tests/unit/reporting/test_year_end_documents.py.
"""

from __future__ import annotations

import asyncio
import io
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from kit.errors import NotFound
from services.reporting.adapters.xlsx import text_width, workbook_bytes
from services.reporting.application.yearend_generic import generic_part
from services.reporting.application.yearend_report import year_end_report
from services.reporting.application.yearend_scope import Names, Scope, load_names
from tests.unit.reporting.year_end_year import ISSUED, loei_store, report

PROCESS_SHEETS = [
    "สรุป",
    "1 ความต้องการสื่อ (แบบ 1-2)",
    "2 การผลิตสื่อ (แบบ 3)",
    "3 การพัฒนาบุคลากร",
    "4 การบริการสื่อ (แบบ 4, 6)",
    "5 การนิเทศ ติดตาม (แบบ 5)",
    "6 โรงเรียนคุณภาพ 4Q",
    "7 รายงาน SAR",
    "8 ความร่วมมือ (แบบ 7)",
    "9 การเผยแพร่ (แบบ 8)",
    "10 หลักสูตรฐานสมรรถนะ",
    "11 การประเมินสมรรถนะ",
]


def workbook(level: str, code: str, semester: int | None = None) -> Workbook:
    return load_workbook(io.BytesIO(workbook_bytes(report(level, code, semester))))


def figures(ws: Worksheet) -> dict[str, Any]:
    """Label -> value of every two-column row (figures, summaries, parts per office)."""
    rows = ws.iter_rows(min_row=6, values_only=True)
    return {r[0]: r[1] for r in rows if isinstance(r[0], str) and len(r) > 1 and r[1] is not None}


def cell_of(ws: Worksheet, label: str) -> Any:
    return next(row[1] for row in ws.iter_rows(min_row=6) if row[0].value == label)


def test_every_sheet_opens_with_the_office_the_year_and_the_day_in_the_buddhist_era() -> None:
    wb = workbook("esa", "loei-3")
    assert wb.sheetnames == PROCESS_SHEETS
    for ws in wb.worksheets:
        assert ws["A1"].value == "แบบรายงานผลการดำเนินงานตามกระบวนงาน ประจำปีการศึกษา 2569"
        assert ws["A2"].value == "หน่วยงาน สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 3"
        assert ws["A4"].value == "ปีการศึกษา 2569 · วันที่รายงาน 20 มีนาคม 2570"
        assert ws.freeze_panes == "A6" and len(ws.title) <= 31
    assert wb["สรุป"]["A3"].value == "สรุปผลการดำเนินงาน"
    assert wb["6 โรงเรียนคุณภาพ 4Q"]["A3"].value.startswith("6. การขับเคลื่อนโรงเรียนคุณภาพ 4Q")


def test_counts_are_numbers_and_ratios_are_fractions_with_a_percent_format() -> None:
    ws = workbook("esa", "loei-3")["สรุป"]
    targets, rate = cell_of(ws, "โรงเรียนเป้าหมาย"), cell_of(ws, "อัตราการตอบแบบสำรวจ")
    assert (targets.value, targets.number_format) == (3, "#,##0")
    assert (rate.value, rate.number_format) == (0.6667, "0.0 %")  # 2 of 3 schools answered
    mean = cell_of(ws, "ความพึงพอใจเฉลี่ย (เต็ม 5)")
    assert (mean.value, mean.number_format) == (4, "#,##0.00")
    assert cell_of(ws, "คะแนนคุณภาพเฉลี่ย (เต็ม 100)").value == 76.07


def test_levels_and_codes_are_printed_in_thai() -> None:
    wb = workbook("esa", "loei-3")
    production = [r for r in wb["2 การผลิตสื่อ (แบบ 3)"].iter_rows(values_only=True) if r[0]]
    assert ("ดีเยี่ยม", 1, 1) in [r[:3] for r in production]
    supervision = [r[:3] for r in wb["5 การนิเทศ ติดตาม (แบบ 5)"].iter_rows(values_only=True)]
    assert ("ชุมชนการเรียนรู้ทางวิชาชีพ (PLC)", 1, 0.2) in supervision
    assert ("พอใช้", 1, 0.3333) in supervision
    assert ("1042060101", "โรงเรียนบ้านนาแห้ว", "10 กรกฎาคม 2569") in supervision  # overdue item
    needs = [r[:2] for r in wb["1 ความต้องการสื่อ (แบบ 1-2)"].iter_rows(values_only=True)]
    assert ("กลุ่มโรงเรียนนาแห้ว", 3) in needs


def test_columns_are_as_wide_as_their_values() -> None:
    ws = workbook("esa", "loei-3")["5 การนิเทศ ติดตาม (แบบ 5)"]
    names = [c.value for c in ws["B"][6:] if isinstance(c.value, str) and c.value.startswith("โรง")]
    longest = max(text_width(n) for n in names)
    assert longest < ws.column_dimensions["B"].width <= longest + 4
    assert text_width("ตัวชี้วัด") == 5  # the marks above and below take no width


def test_a_province_report_has_a_part_per_esa_with_the_esa_figures() -> None:
    wb = workbook("province", "loei")
    assert wb.sheetnames == [*PROCESS_SHEETS, "สพป.เลย เขต 1", "สพป.เลย เขต 2", "สพป.เลย เขต 3"]
    assert wb["สรุป"]["A2"].value == "หน่วยงาน จังหวัดเลย"
    loei_1 = wb["สพป.เลย เขต 1"]
    assert loei_1["A3"].value == ("ผลการดำเนินงานของสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 1")
    assert figures(loei_1)["โรงเรียนเป้าหมาย"] == 6
    assert figures(loei_1)["อัตราการตอบแบบสำรวจ"] == 0.6667
    needs = list(wb["1 ความต้องการสื่อ (แบบ 1-2)"].iter_rows(values_only=True))
    assert ("สพป.เลย เขต 1", 1, 6, 4, 0.6667) in [r[:5] for r in needs]
    assert ("สพป.เลย เขต 2", 0, 0, 0, "-") in [r[:5] for r in needs]


def test_the_nation_report_has_a_part_per_province() -> None:
    wb = workbook("nation", "th")
    assert wb.sheetnames == [*PROCESS_SHEETS, "จังหวัดเลย", "จังหวัดระยอง"]
    assert wb["สรุป"]["A2"].value == "หน่วยงาน ประเทศไทย"
    assert figures(wb["จังหวัดเลย"])["โรงเรียนเป้าหมาย"] == 9
    assert figures(wb["สรุป"])["โรงเรียนเป้าหมาย"] == 9


def test_training_partners_and_dissemination_print_the_supervision_records() -> None:
    wb = workbook("esa", "loei-3")
    training = figures(wb["3 การพัฒนาบุคลากร"])
    assert training["การอบรมพัฒนาบุคลากรที่จัด (ครั้ง)"] == 1
    assert training["จำนวนชั่วโมงการอบรมรวม"] == 6.0
    assert training["โรงเรียนที่บุคลากรได้รับการพัฒนา"] == 1
    assert training["คำขอรับการอบรมพัฒนาบุคลากรผ่านระบบบริการสื่อ"] == 1
    partners = figures(wb["8 ความร่วมมือ (แบบ 7)"])
    assert partners["การประสานความร่วมมือที่บันทึก"] == 1
    assert partners["โรงเรียนที่ได้รับการสนับสนุน"] == 1
    rows = wb["8 ความร่วมมือ (แบบ 7)"].iter_rows(values_only=True)
    assert ("ภาครัฐ", 1, 1) in [r[:3] for r in rows]
    shared = figures(wb["9 การเผยแพร่ (แบบ 8)"])
    assert shared["การเผยแพร่ประชาสัมพันธ์ที่บันทึก"] == 1
    for sheet in ("3 การพัฒนาบุคลากร", "8 ความร่วมมือ (แบบ 7)", "9 การเผยแพร่ (แบบ 8)"):
        assert not [c for c in wb[sheet]["A"] if str(c.value).startswith("ยังไม่มีข้อมูล")]
    province = figures(workbook("province", "loei")["8 ความร่วมมือ (แบบ 7)"])
    assert province["การประสานความร่วมมือที่บันทึก"] == 1


def test_a_semester_report_counts_that_semester_only() -> None:
    wb = workbook("esa", "loei-3", semester=2)
    assert wb["สรุป"]["A4"].value.startswith("ภาคเรียนที่ 2 ปีการศึกษา 2569")
    summary = figures(wb["สรุป"])
    assert summary["จำนวนการสำรวจความต้องการ"] == 0  # the survey closed in semester 1
    assert summary["จำนวนครั้งการนิเทศ"] == 1
    assert "ผู้เรียนที่ได้รับการประเมิน ภาคเรียนที่ 1" not in summary


def test_an_unknown_office_is_not_found() -> None:
    with pytest.raises(NotFound):
        asyncio.run(year_end_report(loei_store(), "esa", "loei-9", 2569, None, ISSUED))


async def _library_section(
    store: Any, level: str, code: str, year: int, semester: int | None
) -> dict[str, Any]:
    return {
        "title_th": "ห้องสมุดโรงเรียน",
        "labels_th": {"books": "หนังสือ", "loan_rate": "อัตราการยืม", "by_school": "รายโรงเรียน"},
        "books": 1200,
        "loan_rate": 0.25,
        "by_school": [{"school": "1042060101", "books": 1200, "opened_on": "2026-06-01"}],
    }


def test_a_domain_registered_without_a_part_of_its_own_gets_one_from_its_section() -> None:
    scope = Scope(loei_store(), "esa", "loei-3", 2569, None, ISSUED, names("esa", "loei-3"))
    part = asyncio.run(generic_part(scope, "library", _library_section))
    assert part.title == part.sheet == "ห้องสมุดโรงเรียน"
    assert [(f.label, f.value, f.kind) for f in part.figures] == [
        ("หนังสือ", 1200, "int"),
        ("อัตราการยืม", 0.25, "percent"),
    ]
    assert part.tables[0].rows == [["1042060101", 1200, "1 มิถุนายน 2569"]]


def names(level: str, code: str) -> Names:
    return asyncio.run(load_names(loei_store(), level, code))
