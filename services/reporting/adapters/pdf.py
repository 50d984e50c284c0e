"""The year-end report as a PDF (WeasyPrint: Pango shapes Thai with HarfBuzz).

A4 pages with the office's Thai name and the academic year at the top of every page and
"หน้า n จาก m" at the bottom. The font is TLWG's Laksaman (Debian's fonts-thai-tlwg: the
look of Sarabun, the typeface of Thai government documents), then other TLWG faces. Sarabun
itself is not named first: fontconfig answers an absent family with a Latin-only face.
"""

from __future__ import annotations

from html import escape
from typing import Any

from services.reporting.application.yearend import Part, Table, YearEndReport

FONTS = '"Laksaman", "Garuda", "Loma", "Norasi", sans-serif'


def _css(report: YearEndReport) -> str:
    header = f"{report.office_th} · ปีการศึกษา {report.year}".replace('"', "'")
    return f"""
@page {{
  size: A4; margin: 22mm 16mm 20mm 16mm;
  @top-center {{ content: "{header}"; font-family: {FONTS}; font-size: 10pt; color: #333; }}
  @bottom-center {{ content: "หน้า " counter(page) " จาก " counter(pages);
                    font-family: {FONTS}; font-size: 10pt; }}
}}
body {{ font-family: {FONTS}; font-size: 13pt; line-height: 1.35; }}
h1 {{ font-size: 17pt; margin: 0 0 2mm 0; }}
h2 {{ font-size: 15pt; margin: 6mm 0 2mm 0; break-after: avoid; }}
h3 {{ font-size: 13pt; margin: 4mm 0 1mm 0; break-after: avoid; }}
p.meta {{ margin: 0; color: #333; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 3mm; }}
th, td {{ border: 0.4pt solid #777; padding: 1mm 2mm; text-align: left; vertical-align: top; }}
th {{ background: #dde8f5; }}
td.n {{ text-align: right; }}
section.part {{ break-before: page; }}
"""


def _cell(value: Any, ratio: bool) -> str:
    if ratio and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="n">{value * 100:.2f}%</td>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="n">{value:,}</td>'
    return f"<td>{escape(str(value))}</td>"


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    rows = "".join(
        "<tr>" + "".join(_cell(v, i in table.ratio_columns) for i, v in enumerate(r)) + "</tr>"
        for r in table.rows
    )
    return f"<h3>{escape(table.title_th)}</h3><table><thead><tr>{head}</tr></thead>{rows}</table>"


def _figures(figures: list[tuple[str, Any, bool]]) -> str:
    rows = "".join(f"<tr><td>{escape(label)}</td>{_cell(v, r)}</tr>" for label, v, r in figures)
    return f"<table><thead><tr><th>ตัวชี้วัด</th><th>ผล</th></tr></thead>{rows}</table>"


def _part(part: Part) -> str:
    tables = "".join(_table(t) for t in part.tables)
    return f'<section class="part"><h2>{escape(part.title_th)}</h2>{_figures(part.figures)}{tables}</section>'


def html_of(report: YearEndReport) -> str:
    summary = "".join(f"<h3>{escape(p.title_th)}</h3>{_figures(p.figures)}" for p in report.parts)
    as_of = f'<p class="meta">ข้อมูล ณ {escape(report.as_of_th)}</p>' if report.as_of_th else ""
    return f"""<!doctype html><html lang="th"><head><meta charset="utf-8">
<title>{escape(report.title_th)}</title><style>{_css(report)}</style></head><body>
<h1>{escape(report.title_th)}</h1>
<p class="meta">{escape(report.office_th)}</p>
<p class="meta">ออกรายงานเมื่อ {escape(report.issued_th)}</p>{as_of}
<h2>สรุปผลการดำเนินงาน</h2>{summary}
{"".join(_part(p) for p in report.parts)}
</body></html>"""


def pdf_bytes(report: YearEndReport) -> bytes:
    """Blocking (fonts, layout): run it in a thread."""
    from weasyprint import HTML

    return bytes(HTML(string=html_of(report)).write_pdf())
