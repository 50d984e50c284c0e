"""The year-end PDF and XLSX as a reader gets them: every page rendered to PNG (copied with
the files to test-artifacts/year-end/<office>/), the PDF's text (pdftotext) and every XLSX
cell free of internal keys, codes and English level words, and every part's heading and
figures present.

The data is a year of Loei's work made by the services' own handlers (year_end_year).
"""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PIL import Image

from services.reporting.adapters.pdf import pdf_bytes
from services.reporting.adapters.xlsx import workbook_bytes
from services.reporting.application.yearend import YearEndReport, shown
from tests.unit.reporting.year_end_year import report

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "year-end"
OFFICES = [("esa", "loei-3"), ("province", "loei"), ("nation", "th")]
INTERNAL_KEYS = (
    "rows breakdown levels level level_th title_th title_en share count by_esa by_province "
    "by_cluster campaign_list labels_th sheet_th figures tables sections name_th short_th "
    "kind_th stage_th rate targets responded campaigns None True False nan null"
).split()
ENGLISH_WORDS = (
    "excellent good fair improve beginning developing proficient advanced draft screening "
    "approved rejected withdrawn returned passed forwarded reversed online media innovation "
    "technology training advice student teacher classroom director management public "
    "private website mathematics science general"
).split()
FORBIDDEN = [re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])") for word in INTERNAL_KEYS] + [
    re.compile(rf"(?<![\w-]){word}(?![\w-])", re.IGNORECASE) for word in ENGLISH_WORDS
]
FORMATS = {"int": "#,##0", "decimal": "#,##0.00", "percent": "0.0 %"}  # as a reader sees them
CODES = [
    re.compile(r"(?<![\w-])(loei|rayong)-\d(?![\w-])"),  # an ESA code standing alone
    re.compile(r"(?<![\w-])[a-z]+-\d-[a-z]+(?![\w-])"),  # a cluster code
    re.compile(r"(?<![\w-])[a-z]+_[a-z_]+(?![\w-])"),  # any snake_case key
]


Rendered = Callable[[str, str], tuple[YearEndReport, Path]]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Each office's report and the folder of its files, made once (in this run's own
    folder: several runs may share the working tree)."""

    @functools.cache
    def render(level: str, code: str) -> tuple[YearEndReport, Path]:
        folder = tmp_path_factory.mktemp(f"year-end-{code}")
        content = report(level, code)
        (folder / "year-end.pdf").write_bytes(pdf_bytes(content))
        (folder / "year-end.xlsx").write_bytes(workbook_bytes(content))
        return content, folder

    return render


def keep(folder: Path, code: str) -> None:
    """Copy the files and the rendered pages to test-artifacts/year-end/<office>/."""
    kept = ARTIFACTS / code
    kept.mkdir(parents=True, exist_ok=True)
    for stale in kept.glob("page-*.png"):
        stale.unlink(missing_ok=True)
    for made in folder.iterdir():
        shutil.copy2(made, kept / made.name)


def pdf_text(path: Path, *options: str) -> str:
    command = ["pdftotext", *options, str(path), "-"]
    return subprocess.run(command, capture_output=True, check=True, text=True).stdout


def letters(text: str) -> str:
    """Text as a PDF's text layer reliably gives Thai back: its letters, in order.

    HarfBuzz shapes Thai into glyphs that a PDF's one-text-per-glyph map cannot always name
    (SARA AM is drawn as NIKHAHIT + SARA AA; tone marks have raised and lowered variants), and
    extractors place marks and word spaces by glyph position. So texts are compared on their
    letters without marks, spaces or the SARA AM/AA difference; the marks are checked on the
    rendered pages (by eye: the PNGs are kept).
    """
    kept = (c for c in text.replace("ำ", "า") if not c.isspace())
    return "".join(c for c in kept if unicodedata.category(c) != "Mn")


def offending(text: str) -> list[str]:
    return [m.group(0) for pattern in [*FORBIDDEN, *CODES] for m in pattern.finditer(text)]


def xlsx_texts(path: Path) -> list[str]:
    wb = load_workbook(io.BytesIO(path.read_bytes()))
    texts = list(wb.sheetnames)
    for ws in wb.worksheets:
        texts += [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    return texts


@pytest.mark.parametrize(("level", "code"), OFFICES)
def test_no_internal_key_code_or_english_word_in_the_pdf_or_the_xlsx(
    level: str, code: str, rendered: Rendered
) -> None:
    _, folder = rendered(level, code)
    assert offending(pdf_text(folder / "year-end.pdf")) == []
    assert [t for t in xlsx_texts(folder / "year-end.xlsx") if offending(t)] == []


@pytest.mark.parametrize(("level", "code"), OFFICES)
def test_every_part_heading_and_every_figure_is_in_the_pdf(
    level: str, code: str, rendered: Rendered
) -> None:
    content, folder = rendered(level, code)
    text = letters(pdf_text(folder / "year-end.pdf"))  # a table row reads label, then value
    for part in [*content.parts, *content.offices]:
        assert letters(part.title) in text, part.title
        for table in part.tables:
            assert letters(table.title) in text, table.title
        for figure in part.figures:
            row = letters(figure.label) + letters(shown(figure.value, figure.kind))
            assert row in text, figure


@pytest.mark.parametrize(("level", "code"), OFFICES)
def test_every_part_and_figure_is_in_the_xlsx_with_its_number(
    level: str, code: str, rendered: Rendered
) -> None:
    content, folder = rendered(level, code)
    wb = load_workbook(folder / "year-end.xlsx")
    for part, ws in zip([*content.parts, *content.offices], wb.worksheets[1:], strict=True):
        assert ws["A3"].value == part.title
        found: dict[str, Any] = {}  # first column -> the cell beside it
        for r in ws.iter_rows(min_row=6):
            found.setdefault(str(r[0].value), r[1] if len(r) > 1 else None)
        for figure in part.figures:
            cell = found[figure.label]
            assert cell.value == ("-" if figure.value is None else figure.value), figure
            if figure.value is not None:
                assert cell.number_format == FORMATS[figure.kind], figure
        for table in part.tables:
            assert table.title in found, table.title


@pytest.mark.parametrize(("level", "code"), OFFICES)
def test_every_pdf_page_renders_with_its_header_and_page_number(
    level: str, code: str, rendered: Rendered
) -> None:
    content, folder = rendered(level, code)
    pdf = folder / "year-end.pdf"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / "page")], check=True)
    pages = sorted(folder.glob("page-*.png"))
    keep(folder, code)
    assert len(pages) >= len(content.parts) + len(content.offices) + 1
    for n, png in enumerate(pages, start=1):
        page_text = letters(pdf_text(pdf, "-f", str(n), "-l", str(n)))
        assert letters(f"หน้า {n} จาก {len(pages)}") in page_text
        assert letters(content.office) in page_text
        image = Image.open(png).convert("L")
        width, height = image.size
        assert ink(image.crop((0, 0, width, height // 12))) > 0.0001, png.name
        assert ink(image.crop((0, height // 12, width, height))) > 0.003, png.name


def ink(image: Image.Image) -> float:
    """The share of dark pixels."""
    histogram = image.histogram()  # 256 counts of grey levels
    return sum(histogram[:128]) / sum(histogram)
