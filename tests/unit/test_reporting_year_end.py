"""Year-end reports read back: the XLSX with openpyxl, the PDF with poppler and a rendered page."""

from __future__ import annotations

import asyncio
import io
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from services.reporting.adapters.pdf import pdf_bytes
from services.reporting.adapters.xlsx import text_width, workbook_bytes
from services.reporting.application import views
from services.reporting.application.perspective import Logged, Perspective, fold_log
from services.reporting.application.yearend import YearEndReport, year_end_report
from services.reporting.projections.catalogue import projections
from tests.support.histories import History

ISSUED = datetime(2027, 3, 20, 2, 30, tzinfo=UTC)  # 20 มีนาคม 2570, 09:30 in Bangkok


def loei() -> History:
    h = History()
    h.province("loei", "เลย")
    for n in (1, 3):
        esa = f"loei-{n}"
        h.add(
            "directory.EsaRegistered",
            f"esa-{esa}",
            esa,
            "loei",
            esa=esa,
            province="loei",
            name_th=f"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต {n}",
            name_en=esa,
            short_th=f"สพป.เลย เขต {n}",
            level="primary",
        )
        h.add(
            "directory.ClusterRegistered",
            f"cluster-{esa}-c",
            esa,
            "loei",
            cluster=f"{esa}-c",
            esa=esa,
            province="loei",
            name_th="กลุ่มโรงเรียนนาแห้ว",
            name_en="Na Haeo",
        )
    targets = {f"10420601{n:02d}": "loei-3-c" for n in range(1, 15)}
    campaign = h.campaign("loei-3", "loei", targets, closes_on=date(2026, 9, 30))
    for school in list(targets)[:5]:
        h.respond(campaign, "loei-3", "loei", school, "loei-3-c")
    return h


def report(level: str, code: str) -> YearEndReport:
    h = loei()
    log = [Logged(int(e.time.timestamp() * 1000), e) for e in h.events]
    store = fold_log(projections(), log, Perspective())
    view = asyncio.run(views.view(store, level, code, 2569, None))
    return year_end_report(view, ISSUED, None)


def test_the_xlsx_has_a_summary_and_one_sheet_per_section_with_thai_headers() -> None:
    wb = load_workbook(io.BytesIO(workbook_bytes(report("esa", "loei-3"))))
    assert wb.sheetnames[:2] == ["สรุป", "ความต้องการสื่อ นวัตกรรม"]
    assert len(wb.sheetnames) == 4  # supervision and curriculum have their sheets too
    summary = wb["สรุป"]
    assert summary["A1"].value == "แบบรายงานผลการดำเนินงานตามกระบวนงาน ประจำปีการศึกษา 2569"
    assert summary["A2"].value.startswith("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 3")
    assert summary["A3"].value == "ออกรายงานเมื่อ 20 มี.ค. 2570 09:30 น."
    assert [c.value for c in summary[5]] == ["กระบวนงาน", "ตัวชี้วัด", "ผล"]
    assert summary.freeze_panes == "A6"
    rows = {r[1]: r[2] for r in summary.iter_rows(min_row=6, values_only=True)}
    assert rows["โรงเรียนเป้าหมาย"] == 14 and rows["โรงเรียนที่ตอบแล้ว"] == 5
    assert rows["อัตราการตอบ"] == round(5 / 14, 4)
    needs = wb["ความต้องการสื่อ นวัตกรรม"]
    assert needs.freeze_panes == "A6"
    cells = [c for row in needs.iter_rows(values_only=True) for c in row if c is not None]
    assert "30 กันยายน 2569" in cells  # the closing day, in the Buddhist Era
    assert "กลุ่มโรงเรียน" in cells and "ชื่อการสำรวจ" in cells
    width = needs.column_dimensions["A"].width
    longest = max(text_width(c.value) for c in needs["A"][4:] if c.value is not None)
    assert min(longest, 60) <= width <= 63


def test_a_province_report_breaks_the_figures_down_per_esa() -> None:
    wb = load_workbook(io.BytesIO(workbook_bytes(report("province", "loei"))))
    sheet = wb["ความต้องการสื่อ นวัตกรรม"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "เขตพื้นที่การศึกษา")
    assert rows[header + 1][:2] == ("loei-1", "สพป.เลย เขต 1")
    assert rows[header + 2][:2] == ("loei-3", "สพป.เลย เขต 3")
    assert sheet["A2"].value.startswith("จังหวัดเลย")


def pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return text_layer(text)


def text_layer(text: str) -> str:
    """Text as a PDF's text layer reliably gives Thai back: its letters, in order.

    HarfBuzz shapes Thai into glyphs that a PDF's one-text-per-glyph map cannot always name
    (SARA AM is drawn as NIKHAHIT + SARA AA; tone marks have raised and lowered variants), and
    extractors place marks and word spaces by glyph position. So the text layer is compared on
    its letters without marks, spaces or the SARA AM/AA difference; the marks are checked on
    the rendered page (test below) and by eye.
    """
    letters = (c for c in text.replace("ำ", "า") if not c.isspace())
    return "".join(c for c in letters if unicodedata.category(c) != "Mn")


@pytest.mark.parametrize("page", [1, 2])
def test_each_pdf_page_renders_with_ink_in_its_header_and_body(tmp_path: Path, page: int) -> None:
    path = tmp_path / "year-end.pdf"
    path.write_bytes(pdf_bytes(report("esa", "loei-3")))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    image = Image.open(tmp_path / "page.png").convert("L")
    width, height = image.size
    header = image.crop((0, 0, width, height // 12))
    body = image.crop((0, height // 12, width, height))
    assert ink(header) > 0.0003 and ink(body) > 0.005


def ink(image: Image.Image) -> float:
    """The share of dark pixels."""
    histogram = image.histogram()  # 256 counts of grey levels
    return sum(histogram[:128]) / sum(histogram)
