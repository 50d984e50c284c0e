"""Part 1 of the year-end report: the study of needs (forms 1 and 2): how many target schools
answered the surveys, per cluster (an ESA), per ESA (a province) or per province (the nation),
the ESA's surveys and the schools still missing, and the needs ranked."""

from __future__ import annotations

from datetime import date
from typing import Any

from kit.thai import semester as semester_of
from services.reporting.application import needs, needs_section
from services.reporting.application.needs_ranking import needs_ranking
from services.reporting.application.yearend import Figure, Part, Table, columns, day_th, ratio
from services.reporting.application.yearend_labels import PARTS
from services.reporting.application.yearend_scope import Scope, Spec, breakdown

TOP_NEEDS = 10
COUNTS: list[Spec] = [
    ("จำนวนการสำรวจ", "int", lambda r: r["campaigns"]),
    ("โรงเรียนเป้าหมาย", "int", lambda r: r["targets"]),
    ("ตอบแล้ว", "int", lambda r: r["responded"]),
    ("อัตราการตอบ", "percent", lambda r: ratio(r["responded"], r["targets"])),
]


async def needs_part(scope: Scope) -> Part:
    s = scope
    head = await needs_section.section(s.store, s.level, s.code, s.year, s.semester)
    ranked = await needs_ranking(s.store, s.level, s.code, s.year)
    figures = [
        Figure("จำนวนการสำรวจความต้องการ", head["campaigns"]),
        Figure("โรงเรียนเป้าหมาย", head["targets"]),
        Figure("โรงเรียนที่ตอบแบบสำรวจแล้ว", head["responded"]),
        Figure("โรงเรียนที่ยังไม่ตอบแบบสำรวจ", head["targets"] - head["responded"]),
        Figure("อัตราการตอบแบบสำรวจ", ratio(head["responded"], head["targets"]), "percent"),
        Figure("กลุ่มความต้องการที่โรงเรียนระบุ", len(ranked["ranking"])),
    ]
    if s.level == "esa":
        tables = [_by_cluster(s, head["by_cluster"]), _campaigns(head["campaign_list"])]
        tables.append(await _missing(s))
    else:
        rows = head["by_esa" if s.level == "province" else "by_province"]
        tables = breakdown(s, "การตอบแบบสำรวจ", rows, COUNTS)
    name = PARTS["needs"]
    return Part("needs", name.title, name.sheet, figures, [*tables, _ranking(ranked)])


def _by_cluster(scope: Scope, rows: list[dict[str, Any]]) -> Table:
    return Table(
        "การตอบแบบสำรวจแยกตามกลุ่มโรงเรียน",
        columns(
            ("กลุ่มโรงเรียน", "text"),
            ("โรงเรียนเป้าหมาย", "int"),
            ("ตอบแล้ว", "int"),
            ("อัตราการตอบ", "percent"),
        ),
        [
            [
                scope.names.cluster(r["cluster"]),
                r["targets"],
                r["responded"],
                ratio(r["responded"], r["targets"]),
            ]
            for r in rows
        ],
        "ยังไม่มีการสำรวจ",
    )


def _campaigns(rows: list[dict[str, Any]]) -> Table:
    return Table(
        "การสำรวจความต้องการของเขตพื้นที่การศึกษา",
        columns(
            ("ชื่อการสำรวจ", "text"),
            ("วันปิดรับคำตอบ", "text"),
            ("สถานะ", "text"),
            ("โรงเรียนเป้าหมาย", "int"),
            ("ตอบแล้ว", "int"),
            ("อัตราการตอบ", "percent"),
        ),
        [
            [
                r["title"],
                day_th(r["closes_on"]),
                "ปิดแล้ว" if r["closed"] else "เปิดรับคำตอบ",
                r["targets"],
                r["responded"],
                ratio(r["responded"], r["targets"]),
            ]
            for r in rows
        ],
        "ยังไม่มีการสำรวจ",
    )


async def _missing(scope: Scope) -> Table:
    rates = await needs.needs_esa(scope.store, scope.code, scope.year)
    rows = [
        [
            c["title"],
            m["school"],
            m["name_th"] or scope.names.school(m["school"]),
            scope.names.cluster(m["cluster"]),
            m["status_th"],
        ]
        for c in rates["campaigns"]
        if _in_semester(c.get("closes_on"), scope.semester)
        for m in c["missing"]
    ]
    return Table(
        "โรงเรียนที่ยังไม่ตอบแบบสำรวจหรือยังไม่ส่งคำตอบที่แก้ไข",
        columns(
            ("การสำรวจ", "text"),
            ("รหัสโรงเรียน", "text"),
            ("ชื่อโรงเรียน", "text"),
            ("กลุ่มโรงเรียน", "text"),
            ("สถานะ", "text"),
        ),
        rows,
        "ทุกโรงเรียนตอบแบบสำรวจแล้ว",
    )


def _in_semester(closes_on: Any, semester: int | None) -> bool:
    if semester is None:
        return True
    return bool(closes_on) and semester_of(date.fromisoformat(str(closes_on))) == semester


def _ranking(ranked: dict[str, Any]) -> Table:
    return Table(
        f"ความต้องการเรียงตามลำดับ ({TOP_NEEDS} อันดับแรก)",
        columns(
            ("ลำดับ", "int"),
            ("ด้าน", "text"),
            ("กลุ่มสาระการเรียนรู้", "text"),
            ("โรงเรียนที่ต้องการ", "int"),
            ("จำนวนครั้งที่ระบุ", "int"),
            ("รายการที่ต้องการมากที่สุด", "text"),
        ),
        [
            [
                r["rank"],
                r["category_th"],
                r["subject_th"],
                r["responses"],
                r["mentions"],
                ", ".join(i["label_th"] for i in r["top_items"][:3] if i.get("label_th")) or "-",
            ]
            for r in ranked["ranking"][:TOP_NEEDS]
        ],
        "ยังไม่มีคำตอบที่ระบุความต้องการ",
    )
