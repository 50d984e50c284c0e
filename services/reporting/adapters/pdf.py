"""The year-end report as a PDF (WeasyPrint: Pango shapes Thai with HarfBuzz).

A4 pages with the office's Thai name and the academic year at the top of every page and
"หน้า n จาก m" at the bottom. The first page names the office, the period and the day of the
report (B.E.), then the summary of every process; each process and each office below has a
part starting on a new page; the signatures close the report. The font is TLWG's Laksaman
(Debian's fonts-thai-tlwg: the look of Sarabun, the typeface of Thai government documents),
then other TLWG faces. Sarabun itself is not named first: fontconfig answers an absent family
with a Latin-only face.
"""

from __future__ import annotations

import re
from html import escape

from services.reporting.application.yearend import (
    FORM_TH,
    Column,
    Figure,
    Part,
    Table,
    YearEndReport,
    is_number,
    shown,
)
from services.reporting.application.yearend_report import figures_table

FONTS = '"Laksaman", "Garuda", "Loma", "Norasi", sans-serif'
FORM_NO = re.compile(r"(\(แบบ [^)]*\))")
WIDE_COLUMNS = 6  # a part with a wider table is printed on landscape pages


def _css(report: YearEndReport) -> str:
    header = f"{report.office} · {report.period}".replace('"', "'")
    return f"""
@page {{
  size: A4; margin: 20mm 15mm 18mm 15mm;
  @top-center {{ content: "{header}"; font-family: {FONTS}; font-size: 10pt; color: #333; }}
  @bottom-center {{ content: "หน้า " counter(page) " จาก " counter(pages);
                    font-family: {FONTS}; font-size: 10pt; }}
}}
body {{ font-family: {FONTS}; font-size: 13pt; line-height: 1.5; }}
h1 {{ font-size: 18pt; margin: 0 0 3mm 0; text-align: center; line-height: 1.4; }}
h2 {{ font-size: 15pt; margin: 5mm 0 2mm 0; break-after: avoid; }}
h3 {{ font-size: 13pt; margin: 4mm 0 1mm 0; break-after: avoid; }}
p {{ margin: 0 0 1mm 0; }}
p.head {{ text-align: center; }}
p.note, p.empty {{ color: #444; font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 3mm; font-size: 12pt; }}
th, td {{ border: 0.4pt solid #777; padding: 0.8mm 2mm; text-align: left; vertical-align: top; }}
th {{ background: #dde8f5; font-weight: bold; }}
tr {{ break-inside: avoid; }}
span.nw {{ white-space: nowrap; }}
td.n {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}
table.figures td.n {{ width: 28%; }}
table.wide {{ font-size: 11pt; }}
section.part {{ break-before: page; }}
section.wide {{ page: wide; }}
@page wide {{ size: A4 landscape; }}
div.signatures {{ margin: 12mm 0 0 80mm; break-inside: avoid; text-align: center; }}
div.signatures p.gap {{ margin-top: 10mm; }}
"""


def _heading(text: str) -> str:
    """Escaped, with "(แบบ 1–2)" kept on one line."""
    return FORM_NO.sub(r'<span class="nw">\1</span>', escape(text))


def _cell(value: object, column: Column) -> str:
    text = escape(shown(value, column.kind))
    return f'<td class="n">{text}</td>' if is_number(column.kind, value) else f"<td>{text}</td>"


def _table(table: Table) -> str:
    title = f"<h3>{_heading(table.title)}</h3>"
    if not table.rows:
        return f'{title}<p class="empty">{escape(table.empty)}</p>'
    head = "".join(f"<th>{escape(c.label)}</th>" for c in table.columns)
    rows = "".join(
        "<tr>" + "".join(_cell(v, c) for v, c in zip(row, table.columns, strict=True)) + "</tr>"
        for row in table.rows
    )
    kind = "wide" if _wide(table) else "figures" if table.columns[-1].kind == "measure" else ""
    return (
        f'{title}<table class="{kind}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    )


def _wide(table: Table) -> bool:
    return len(table.columns) > WIDE_COLUMNS


def _figures(figures: list[Figure]) -> str:
    if not figures:
        return ""
    rows = "".join(
        f"<tr><td>{escape(f.label)}</td>{_cell(f.value, Column('', f.kind))}</tr>" for f in figures
    )
    head = "<thead><tr><th>ตัวชี้วัด</th><th>ผล</th></tr></thead>"
    return f'<table class="figures">{head}<tbody>{rows}</tbody></table>'


def _part(part: Part) -> str:
    notes = "".join(f'<p class="note">{escape(n)}</p>' for n in part.notes)
    tables = "".join(_table(t) for t in part.tables)
    body = f"{_figures(part.figures)}{notes}{tables}"
    kind = "part wide" if any(_wide(t) for t in part.tables) else "part"
    return f'<section class="{kind}"><h2>{_heading(part.title)}</h2>{body}</section>'


def _front(report: YearEndReport) -> str:
    as_of = f'<p class="head">ข้อมูล ณ {escape(report.as_of_th)}</p>' if report.as_of_th else ""
    summary = "".join(_table(figures_table(p)) for p in report.parts)
    term = f'<p class="head">{escape(report.period)}</p>' if report.semester else ""
    return f"""<h1>{escape(FORM_TH)}<br>ประจำปีการศึกษา {report.year}</h1>
<p class="head">{escape(report.office)}</p>{term}
<p class="head">วันที่รายงาน {escape(report.issued_th)}</p>{as_of}
<h2>สรุปผลการดำเนินงาน</h2>{summary}{_signatures(report)}"""


def _signatures(report: YearEndReport) -> str:
    line, name = (
        "ลงชื่อ ..........................................",
        "(..........................................)",
    )
    return f"""<div class="signatures">
<p>{line} ผู้รายงาน</p><p>{name}</p><p>ตำแหน่ง ......................................</p>
<p class="gap">{line} ผู้รับรอง</p><p>{name}</p><p>{escape(report.signatory)}</p>
<p>วันที่ ........ เดือน .................... พ.ศ. ..........</p>
</div>"""


def html_of(report: YearEndReport) -> str:
    parts = "".join(_part(p) for p in [*report.parts, *report.offices])
    return f"""<!doctype html><html lang="th"><head><meta charset="utf-8">
<title>{escape(report.title)}</title><style>{_css(report)}</style></head><body>
{_front(report)}{parts}
</body></html>"""


def pdf_bytes(report: YearEndReport) -> bytes:
    """Blocking (fonts, layout): run it in a thread."""
    from weasyprint import HTML

    return bytes(HTML(string=html_of(report)).write_pdf())
