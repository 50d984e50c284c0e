"""Part 5 of the year-end report: supervision (form 5): which schools were visited, how (on
site, online, PLC), classroom observations by quality level, and the follow-up of the action
items agreed at visits. An ESA's part lists the schools not visited and the overdue items."""

from __future__ import annotations

from typing import Any

from services.reporting.application import supervision as sup
from services.reporting.application.needs_labels import LEVEL_TH
from services.reporting.application.yearend import Figure, Part, Table, columns, day_th, ratio
from services.reporting.application.yearend_labels import MODE_TH, PARTS, th
from services.reporting.application.yearend_scope import Scope, Spec, breakdown


async def answer(scope: Scope, view: str) -> dict[str, Any]:
    """One of reporting's supervision views (coverage, follow-ups, observations, quality,
    sar) for the scope, with its breakdown one level down."""
    s = scope
    return await sup.view(s.store, s.level, s.code, s.year, s.semester, view, s.today)


UNITS: list[Spec] = [
    ("โรงเรียน", "int", lambda r: r["schools"]),
    ("ได้รับการนิเทศ", "int", lambda r: r["visited"]),
    ("ร้อยละที่ได้รับการนิเทศ", "percent", lambda r: ratio(r["visited"], r["schools"])),
    ("จำนวนครั้งการนิเทศ", "int", lambda r: r["visits"]),
    ("การสังเกตการสอน", "int", lambda r: r["observations"]),
    ("ข้อตกลงเกินกำหนด", "int", lambda r: r["overdue"]),
]


async def supervision_part(scope: Scope) -> Part:
    cover = await answer(scope, "coverage")
    follow = await answer(scope, "follow-ups")
    seen = await answer(scope, "observations")
    figures = [
        Figure("โรงเรียนในความรับผิดชอบ", cover["schools"]),
        Figure("โรงเรียนที่ได้รับการนิเทศ", cover["visited"]),
        Figure("ร้อยละของโรงเรียนที่ได้รับการนิเทศ", ratio(cover["visited"], cover["schools"]), "percent"),
        Figure("โรงเรียนที่ยังไม่ได้รับการนิเทศ", cover["not_visited"]),
        Figure("โรงเรียนที่ไม่ได้รับการนิเทศในรอบ 30 วัน", cover["not_visited_in_30_days"]),
        Figure("จำนวนครั้งการนิเทศ", cover["visits"]),
        Figure("การสังเกตการสอนในชั้นเรียน", seen["observations"]),
        Figure("ข้อตกลงที่ต้องติดตาม", follow["action_items"]),
        Figure("ข้อตกลงที่ดำเนินการแล้ว", follow["done"]),
        Figure("ข้อตกลงที่เกินกำหนด", follow["overdue"]),
    ]
    tables = [_modes(cover), _levels(seen)]
    if scope.level == "esa":
        tables += [_not_visited(scope, cover), _overdue(scope, follow)]
    rows = _merged(scope, cover, follow, seen)
    tables += breakdown(scope, "การนิเทศ", rows, UNITS)
    name = PARTS["supervision"]
    return Part("supervision", name.title, name.sheet, figures, tables)


def _merged(scope: Scope, *answers: dict[str, Any]) -> list[dict[str, Any]]:
    key = scope.below
    rows: dict[str, dict[str, Any]] = {}
    for a in answers:
        for row in a.get(f"{key}s", []):
            rows.setdefault(row[key], {}).update(row)
    return [rows[k] for k in sorted(rows)]


def _modes(cover: dict[str, Any]) -> Table:
    modes = cover["visits_by_mode"]
    total = sum(modes.values())
    return Table(
        "การนิเทศจำแนกตามรูปแบบ",
        columns(("รูปแบบการนิเทศ", "text"), ("จำนวนครั้ง", "int"), ("ร้อยละ", "percent")),
        [[th(MODE_TH, m), n, ratio(n, total)] for m, n in sorted(modes.items())],
        "ยังไม่มีการนิเทศ",
    )


def _levels(seen: dict[str, Any]) -> Table:
    rows = [[th(LEVEL_TH, r["level"]), r["count"]] for r in seen["levels"]]
    total = sum(n for _, n in rows)
    return Table(
        "ผลการสังเกตการสอนในชั้นเรียนจำแนกตามระดับคุณภาพ",
        columns(("ระดับคุณภาพ", "text"), ("จำนวนครั้ง", "int"), ("ร้อยละ", "percent")),
        [[label, n, ratio(n, total)] for label, n in rows] if total else [],
        "ยังไม่มีการสังเกตการสอน",
    )


def _not_visited(scope: Scope, cover: dict[str, Any]) -> Table:
    return Table(
        "โรงเรียนที่ยังไม่ได้รับการนิเทศ",
        columns(("รหัสโรงเรียน", "text"), ("ชื่อโรงเรียน", "text")),
        [[code, scope.names.school(code)] for code in cover["schools_not_visited"]],
        "ทุกโรงเรียนได้รับการนิเทศแล้ว",
    )


def _overdue(scope: Scope, follow: dict[str, Any]) -> Table:
    return Table(
        "ข้อตกลงที่เกินกำหนด",
        columns(("รหัสโรงเรียน", "text"), ("ชื่อโรงเรียน", "text"), ("กำหนดเสร็จ", "text")),
        [
            [r["school"], scope.names.school(r["school"]), day_th(r["due_on"])]
            for r in follow["overdue_items"]
        ],
        "ไม่มีข้อตกลงที่เกินกำหนด",
    )
