"""Thai words of the year-end report: the parts' titles and sheet names, and the vocabularies
the read models keep as codes (visit modes, 4Q dimensions, ratings) that no other reporting
module names yet. Needs and curriculum words come from their own label modules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PartName:
    title: str
    sheet: str  # at most 31 characters


PARTS = {
    "needs": PartName(
        "1. การศึกษาความต้องการใช้สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา (แบบ 1–2)",
        "1 ความต้องการสื่อ (แบบ 1-2)",
    ),
    "production": PartName(
        "2. การผลิตและพัฒนาสื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา (แบบ 3)",
        "2 การผลิตสื่อ (แบบ 3)",
    ),
    "training": PartName("3. การพัฒนาบุคลากร (การอบรม)", "3 การพัฒนาบุคลากร"),
    "service": PartName(
        "4. การบริการสื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา (แบบ 4 และ 6)",
        "4 การบริการสื่อ (แบบ 4, 6)",
    ),
    "supervision": PartName("5. การนิเทศ ติดตาม และประเมินผล (แบบ 5)", "5 การนิเทศ ติดตาม (แบบ 5)"),
    "quality": PartName("6. การขับเคลื่อนโรงเรียนคุณภาพ 4Q (TUMHOME plus INNO)", "6 โรงเรียนคุณภาพ 4Q"),
    "sar": PartName("7. รายงานการประเมินตนเองของสถานศึกษา (SAR)", "7 รายงาน SAR"),
    "partnership": PartName("8. การประสานความร่วมมือกับภาครัฐและเอกชน (แบบ 7)", "8 ความร่วมมือ (แบบ 7)"),
    "dissemination": PartName("9. การเผยแพร่ประชาสัมพันธ์ผลการดำเนินงาน (แบบ 8)", "9 การเผยแพร่ (แบบ 8)"),
    "curriculum": PartName(
        "10. หลักสูตรสถานศึกษาฐานสมรรถนะ (พื้นที่นวัตกรรมการศึกษา)", "10 หลักสูตรฐานสมรรถนะ"
    ),
    "assessment": PartName("11. ผลการประเมินสมรรถนะผู้เรียน", "11 การประเมินสมรรถนะ"),
}

MODE_TH = {
    "on_site": "นิเทศ ณ สถานศึกษา",
    "online": "นิเทศออนไลน์",
    "plc": "ชุมชนการเรียนรู้ทางวิชาชีพ (PLC)",
}
DIMENSION_TH = {
    "student": "นักเรียนคุณภาพ",
    "teacher": "ครูคุณภาพ",
    "classroom": "ห้องเรียนคุณภาพ",
    "director": "ผู้อำนวยการคุณภาพ",
    "management": "การบริหารจัดการคุณภาพ",
}
RATING_TH = {5: "5 มากที่สุด", 4: "4 มาก", 3: "3 ปานกลาง", 2: "2 น้อย", 1: "1 น้อยที่สุด"}
UNIT_TH = {"esa": "เขตพื้นที่การศึกษา", "province": "จังหวัด"}
SIGNATORY_TH = {
    "esa": "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
    "province": "ศึกษาธิการจังหวัด",
    "nation": "ผู้รับรองรายงาน",
}


def th(table: dict[str, str], code: object) -> str:
    """The Thai word of a code; a dash when there is none, "อื่น ๆ" for an unknown code."""
    if code is None or code == "":
        return "-"
    return table.get(str(code), "อื่น ๆ")
