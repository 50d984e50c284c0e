"""Parts 3, 8 and 9 of the year-end report: personnel development (training), cooperation with
public and private partners (form 7) and dissemination (form 8).

Supervision records training events, partner cooperation and dissemination, but no reporting
read model holds them yet: these parts say so plainly instead of printing empty tables. The
training part shows what reporting does hold: schools' requests for training made through the
media service.
"""

from __future__ import annotations

from services.reporting.application.needs_service import service
from services.reporting.application.yearend import NO_DATA_TH, Figure, Part, ratio
from services.reporting.application.yearend_labels import PARTS
from services.reporting.application.yearend_scope import Scope

NOT_COLLECTED = "{}: ระบบรายงานยังไม่ได้รวบรวม{} ที่บันทึกไว้ในงานนิเทศ ติดตาม จึงยังไม่แสดงผลในส่วนนี้"


def _not_collected(what: str) -> str:
    return NOT_COLLECTED.format(NO_DATA_TH, what)


async def training_part(scope: Scope) -> Part:
    s = scope
    served = await service(s.store, s.level, s.code, s.year, s.semester, on=s.today)
    asked = next(r for r in served["by_kind"] if r["kind"] == "training")
    figures = [
        Figure("คำขอรับการอบรมพัฒนาบุคลากรผ่านระบบบริการสื่อ", asked["requests"]),
        Figure("คำขอรับการอบรมที่ให้บริการแล้ว", asked["fulfilled"]),
        Figure(
            "ร้อยละของคำขอรับการอบรมที่ให้บริการแล้ว",
            ratio(asked["fulfilled"], asked["requests"]),
            "percent",
        ),
    ]
    notes = [
        _not_collected("บันทึกการจัดอบรมพัฒนาบุคลากร (จำนวนครั้ง ชั่วโมง และผู้เข้ารับการอบรม)"),
        "ตัวเลขในส่วนนี้มาจากคำขอรับการอบรมที่โรงเรียนยื่นผ่านระบบบริการสื่อ (แบบ 4)",
    ]
    name = PARTS["training"]
    return Part("training", name.title, name.sheet, figures, [], notes)


async def partnership_part(scope: Scope) -> Part:
    name = PARTS["partnership"]
    notes = [_not_collected("บันทึกการประสานความร่วมมือกับภาครัฐและเอกชน (แบบ 7)")]
    return Part("partnership", name.title, name.sheet, notes=notes)


async def dissemination_part(scope: Scope) -> Part:
    name = PARTS["dissemination"]
    notes = [_not_collected("บันทึกการเผยแพร่ประชาสัมพันธ์ (แบบ 8)")]
    return Part("dissemination", name.title, name.sheet, notes=notes)
