"""Thai labels of the needs process's codes, as reporting shows them (its own copy: services
share events, not code)."""

from __future__ import annotations

CATEGORY_TH = {
    "media": "สื่อการเรียนรู้",
    "innovation": "นวัตกรรมการศึกษา",
    "technology": "เทคโนโลยีทางการศึกษา",
}
SUBJECT_TH = {
    "thai": "ภาษาไทย",
    "mathematics": "คณิตศาสตร์",
    "science": "วิทยาศาสตร์และเทคโนโลยี",
    "social": "สังคมศึกษา ศาสนา และวัฒนธรรม",
    "health": "สุขศึกษาและพลศึกษา",
    "arts": "ศิลปะ",
    "careers": "การงานอาชีพ",
    "foreign_languages": "ภาษาต่างประเทศ",
    "activities": "กิจกรรมพัฒนาผู้เรียน",
    "general": "ทุกกลุ่มสาระการเรียนรู้",
}
LEVEL_TH = {"excellent": "ดีเยี่ยม", "good": "ดี", "fair": "พอใช้", "improve": "ปรับปรุง"}
SERVICE_TH = {
    "media": "ขอรับบริการสื่อ นวัตกรรม",
    "equipment_loan": "ขอยืมวัสดุ อุปกรณ์ เทคโนโลยี",
    "training": "ขอรับการอบรม พัฒนาบุคลากร",
    "advice": "ขอรับคำปรึกษา แนะนำ",
}
RESPONSE_STATUS_TH = {"not_answered": "ยังไม่ตอบ", "returned": "ส่งคืนให้แก้ไข ยังไม่ส่งกลับ"}


def th(table: dict[str, str], code: str | None) -> str:
    return table.get(code or "", code or "")
