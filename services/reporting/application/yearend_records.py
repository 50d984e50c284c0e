"""Parts 3, 8 and 9 of the year-end report: personnel development (the trainings the office
held, their hours, participants and the schools they reached, and the schools' requests for
training through the media service), cooperation with public and private partners (form 7)
and dissemination (form 8). An ESA's parts list its records by name; a province's and the
nation's break them down per ESA or per province."""

from __future__ import annotations

from typing import Any

from services.reporting.application.dissemination import dissemination
from services.reporting.application.needs_service import service
from services.reporting.application.partnerships import partnerships
from services.reporting.application.training import training
from services.reporting.application.yearend import Figure, Part, Table, columns, day_th, ratio
from services.reporting.application.yearend_labels import PARTS
from services.reporting.application.yearend_scope import Scope, Spec, breakdown

TRAINING_UNITS: list[Spec] = [
    ("การอบรม (ครั้ง)", "int", lambda r: r["trainings"]),
    ("ชั่วโมง", "decimal", lambda r: r["hours"]),
    ("ผู้เข้ารับการอบรม", "int", lambda r: r["participants"]),
    ("โรงเรียนที่ได้รับการพัฒนา", "int", lambda r: r["schools_reached"]),
]


async def training_part(scope: Scope) -> Part:
    s = scope
    held = await training(s.store, s.level, s.code, s.year, s.semester)
    served = await service(s.store, s.level, s.code, s.year, s.semester, on=s.today)
    asked = next(r for r in served["by_kind"] if r["kind"] == "training")
    figures = [
        Figure("การอบรมพัฒนาบุคลากรที่จัด (ครั้ง)", held["trainings"]),
        Figure("จำนวนชั่วโมงการอบรมรวม", held["hours"], "decimal"),
        Figure("ผู้เข้ารับการอบรม (คน)", held["participants"]),
        Figure("โรงเรียนที่บุคลากรได้รับการพัฒนา", held["schools_reached"]),
        Figure("คำขอรับการอบรมพัฒนาบุคลากรผ่านระบบบริการสื่อ", asked["requests"]),
        Figure("คำขอรับการอบรมที่ให้บริการแล้ว", asked["fulfilled"]),
        Figure(
            "ร้อยละของคำขอรับการอบรมที่ให้บริการแล้ว",
            ratio(asked["fulfilled"], asked["requests"]),
            "percent",
        ),
    ]
    tables = breakdown(s, "การพัฒนาบุคลากร", held.get(f"{s.below}s", []), TRAINING_UNITS)
    if s.level == "esa":
        tables.insert(0, _trainings(held["trainings_held"]))
    name = PARTS["training"]
    return Part("training", name.title, name.sheet, figures, tables)


def _trainings(rows: list[dict[str, Any]]) -> Table:
    return Table(
        "การอบรมพัฒนาบุคลากรที่จัด",
        columns(("เรื่อง", "text"), ("วันที่จัด", "text"), ("ผู้จัด", "text"))
        + columns(("ชั่วโมง", "decimal"), ("ผู้เข้ารับการอบรม", "int"), ("โรงเรียน", "int")),
        [
            [
                r["title"],
                day_th(r["held_on"]),
                r["organiser"] or "-",
                r["hours"],
                r["participants"],
                r["schools"],
            ]
            for r in rows
        ],
        "ยังไม่มีการบันทึกการอบรมพัฒนาบุคลากร",
    )


PARTNERSHIP_UNITS: list[Spec] = [
    ("ความร่วมมือ", "int", lambda r: r["partnerships"]),
    ("ภาคีเครือข่าย", "int", lambda r: r["partners"]),
    ("โรงเรียนที่ได้รับการสนับสนุน", "int", lambda r: r["schools_supported"]),
]


async def partnership_part(scope: Scope) -> Part:
    s = scope
    found = await partnerships(s.store, s.level, s.code, s.year, s.semester)
    figures = [
        Figure("การประสานความร่วมมือที่บันทึก", found["partnerships"]),
        Figure("ภาคีเครือข่าย (หน่วยงาน)", found["partners"]),
        Figure("โรงเรียนที่ได้รับการสนับสนุน", found["schools_supported"]),
    ]
    tables = [
        Table(
            "ความร่วมมือจำแนกตามภาคส่วน",
            columns(("ภาคส่วน", "text"), ("ความร่วมมือ", "int"), ("โรงเรียน", "int")),
            [[r["sector_th"], r["partnerships"], r["schools"]] for r in found["by_sector"]],
        ),
        *breakdown(s, "ความร่วมมือ", found.get(f"{s.below}s", []), PARTNERSHIP_UNITS),
    ]
    if s.level == "esa":
        tables.append(_cooperations(found["cooperations"]))
    name = PARTS["partnership"]
    return Part("partnership", name.title, name.sheet, figures, tables)


def _cooperations(rows: list[dict[str, Any]]) -> Table:
    return Table(
        "รายการความร่วมมือ",
        columns(("ภาคีเครือข่าย", "text"), ("ภาคส่วน", "text"), ("กิจกรรมความร่วมมือ", "text"))
        + columns(("วันที่เริ่ม", "text"), ("โรงเรียน", "int")),
        [
            [
                r["partner"],
                r["sector_th"],
                r["activity"] or "-",
                day_th(r["started_on"]),
                r["schools"],
            ]
            for r in rows
        ],
        "ยังไม่มีการบันทึกความร่วมมือกับภาคีเครือข่าย",
    )


DISSEMINATION_UNITS: list[Spec] = [
    ("การเผยแพร่", "int", lambda r: r["records"]),
    ("ผู้เข้าถึง", "int", lambda r: r["reach"]),
]


async def dissemination_part(scope: Scope) -> Part:
    s = scope
    found = await dissemination(s.store, s.level, s.code, s.year, s.semester)
    figures = [
        Figure("การเผยแพร่ประชาสัมพันธ์ที่บันทึก", found["records"]),
        Figure("จำนวนผู้เข้าถึงรวม", found["reach"]),
    ]
    tables = [
        Table(
            "การเผยแพร่จำแนกตามช่องทาง",
            columns(("ช่องทาง", "text"), ("การเผยแพร่", "int"), ("ผู้เข้าถึง", "int")),
            [[r["channel_th"], r["records"], r["reach"]] for r in found["by_channel"]],
        ),
        *breakdown(s, "การเผยแพร่", found.get(f"{s.below}s", []), DISSEMINATION_UNITS),
    ]
    if s.level == "esa":
        tables.append(_published(found["published"]))
    name = PARTS["dissemination"]
    return Part("dissemination", name.title, name.sheet, figures, tables)


def _published(rows: list[dict[str, Any]]) -> Table:
    return Table(
        "รายการเผยแพร่ประชาสัมพันธ์",
        columns(("เรื่อง", "text"), ("ช่องทาง", "text"), ("วันที่เผยแพร่", "text"))
        + columns(("กลุ่มเป้าหมาย", "text"), ("ผู้เข้าถึง", "int")),
        [
            [
                r["title"],
                r["channel_th"],
                day_th(r["published_on"]),
                r["audience"] or "-",
                r["reach"],
            ]
            for r in rows
        ],
        "ยังไม่มีการบันทึกการเผยแพร่ประชาสัมพันธ์",
    )
