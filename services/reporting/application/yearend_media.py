"""Parts 2 and 4 of the year-end report: media and innovation produced by schools and their
quality levels (form 3), and the media service: requests, fulfilment, satisfaction and the
improvements made to the service (forms 4 and 6)."""

from __future__ import annotations

from typing import Any

from services.reporting.application.needs_labels import LEVEL_TH
from services.reporting.application.needs_production import production
from services.reporting.application.needs_service import service
from services.reporting.application.yearend import Figure, Part, Table, columns, ratio
from services.reporting.application.yearend_labels import PARTS, RATING_TH
from services.reporting.application.yearend_scope import Scope, Spec, breakdown

GOOD = ("excellent", "good")


def _level_counts(made: dict[str, Any]) -> dict[str, int]:
    return {row["level"]: row["count"] for row in made["by_level"]}


PRODUCTION_UNITS: list[Spec] = [
    ("ผลงานที่ลงทะเบียน", "int", lambda r: r["registered"]),
    ("ประเมินแล้ว", "int", lambda r: r["evaluated"]),
    *[(th, "int", lambda r, lv=lv: _level_counts(r)[lv]) for lv, th in LEVEL_TH.items()],
]


async def production_part(scope: Scope) -> Part:
    s = scope
    made = await production(s.store, s.level, s.code, s.year, s.semester)
    levels = _level_counts(made)
    good = sum(levels[lv] for lv in GOOD)
    figures = [
        Figure("ผลงานสื่อและนวัตกรรมที่ลงทะเบียน", made["registered"]),
        Figure("ผลงานที่ประเมินคุณภาพแล้ว", made["evaluated"]),
        Figure("ผลงานที่ยังไม่ได้ประเมิน", made["not_evaluated"]),
        Figure("ผลงานระดับดีขึ้นไป (ดีเยี่ยมและดี)", good),
        Figure("ร้อยละของผลงานที่ประเมินแล้วซึ่งอยู่ในระดับดีขึ้นไป", ratio(good, made["evaluated"]), "percent"),
    ]
    by_level = [
        [th, levels[lv], ratio(levels[lv], made["evaluated"])] for lv, th in LEVEL_TH.items()
    ]
    tables = [
        Table(
            "ผลงานจำแนกตามระดับคุณภาพ",
            columns(("ระดับคุณภาพ", "text"), ("จำนวนผลงาน", "int"), ("ร้อยละ", "percent")),
            [*by_level, ["ยังไม่ได้ประเมิน", made["not_evaluated"], None]],
        ),
        _counts("ผลงานจำแนกตามประเภท", "ประเภท", made["by_kind"], "kind_th"),
        _counts(
            "ผลงานจำแนกตามกลุ่มสาระการเรียนรู้", "กลุ่มสาระการเรียนรู้", made["by_subject"], "subject_th"
        ),
        *breakdown(s, "ผลงานสื่อและนวัตกรรม", made.get(f"{s.below}s", []), PRODUCTION_UNITS),
    ]
    name = PARTS["production"]
    return Part("production", name.title, name.sheet, figures, tables)


def _counts(title: str, heading: str, rows: list[dict[str, Any]], label: str) -> Table:
    return Table(
        title,
        columns((heading, "text"), ("จำนวนผลงาน", "int")),
        [[r[label], r["count"]] for r in rows if r["count"]],
        "ยังไม่มีผลงาน",
    )


SERVICE_UNITS: list[Spec] = [
    ("คำขอ", "int", lambda r: r["requests"]),
    ("ให้บริการแล้ว", "int", lambda r: r["fulfilled"]),
    ("ร้อยละที่ให้บริการแล้ว", "percent", lambda r: ratio(r["fulfilled"], r["requests"])),
    ("เกินกำหนด", "int", lambda r: r["overdue"]),
    ("ความพึงพอใจเฉลี่ย", "decimal", lambda r: r["satisfaction_mean"]),
]


async def service_part(scope: Scope) -> Part:
    s = scope
    served = await service(s.store, s.level, s.code, s.year, s.semester, on=s.today)
    figures = [
        Figure("คำขอรับบริการ", served["requests"]),
        Figure("ให้บริการแล้ว", served["fulfilled"]),
        Figure(
            "ร้อยละของคำขอที่ให้บริการแล้ว", ratio(served["fulfilled"], served["requests"]), "percent"
        ),
        Figure("อยู่ระหว่างดำเนินการ", served["open"]),
        Figure("เกินกำหนด", served["overdue"]),
        Figure("ไม่สามารถให้บริการได้", served["declined"]),
        Figure("ระยะเวลาเฉลี่ยจนได้รับบริการ (วัน)", served["mean_days_to_fulfil"], "decimal"),
        Figure("ผู้ประเมินความพึงพอใจ", served["ratings"]),
        Figure("ความพึงพอใจเฉลี่ย (เต็ม 5)", served["satisfaction_mean"], "decimal"),
        Figure("การปรับปรุงระบบบริการที่บันทึก (แบบ 6)", served["improvements"]),
    ]
    tables = [
        _by_kind(served["by_kind"]),
        _ratings(served["rating_distribution"], served["ratings"]),
        *breakdown(s, "การให้บริการ", served.get(f"{s.below}s", []), SERVICE_UNITS),
    ]
    name = PARTS["service"]
    return Part("service", name.title, name.sheet, figures, tables)


def _by_kind(rows: list[dict[str, Any]]) -> Table:
    return Table(
        "การให้บริการจำแนกตามประเภท",
        columns(
            ("ประเภทบริการ", "text"),
            ("คำขอ", "int"),
            ("ให้บริการแล้ว", "int"),
            ("ร้อยละที่ให้บริการแล้ว", "percent"),
            ("อยู่ระหว่างดำเนินการ", "int"),
            ("เกินกำหนด", "int"),
            ("ไม่สามารถให้บริการได้", "int"),
        ),
        [
            [
                r["kind_th"],
                r["requests"],
                r["fulfilled"],
                ratio(r["fulfilled"], r["requests"]),
                r["open"],
                r["overdue"],
                r["declined"],
            ]
            for r in rows
        ],
    )


def _ratings(spread: dict[str, int], ratings: int) -> Table:
    return Table(
        "ผลการประเมินความพึงพอใจต่อการให้บริการ",
        columns(("ระดับความพึงพอใจ", "text"), ("จำนวนผู้ประเมิน", "int"), ("ร้อยละ", "percent")),
        [
            [th, spread.get(str(n), 0), ratio(spread.get(str(n), 0), ratings)]
            for n, th in RATING_TH.items()
        ]
        if ratings
        else [],
        "ยังไม่มีผู้ประเมินความพึงพอใจ",
    )
