"""The words of supervision work: visit modes, policies served, rubric levels, 4Q dimensions.

Each term is a stable code (stored in events) with its Thai label (what people read).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kit import thai

BANGKOK = ZoneInfo("Asia/Bangkok")

MODES = {"on_site": "นิเทศ ณ สถานศึกษา", "online": "นิเทศออนไลน์", "plc": "ชุมชนการเรียนรู้ทางวิชาชีพ (PLC)"}

POLICIES = {
    "obec": "นโยบาย สพฐ.",
    "esa": "นโยบายสำนักงานเขตพื้นที่การศึกษา",
    "stem_coding": "STEM / Coding / วิทยาการคำนวณ",
    "dltv": "การจัดการศึกษาทางไกลผ่านดาวเทียม (DLTV)",
    "competency": "การจัดการเรียนรู้ฐานสมรรถนะ",
    "anti_corruption": "หลักสูตรต้านทุจริตศึกษา",
    "media_technology": "สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา",
    "quality_4q": "โรงเรียนคุณภาพ 4Q",
    "one_district_one_school": "โรงเรียน 1 อำเภอ 1 โรงเรียนคุณภาพ",
    "sufficiency_economy": "โครงการเศรษฐกิจพอเพียง",
    "multiple_intelligences": "พหุปัญญา / วัดแววความสามารถ",
    "other": "อื่น ๆ",
}

# Rubric levels, best first: code -> (points, Thai label).
LEVELS = {
    "excellent": (4, "ดีเยี่ยม"),
    "good": (3, "ดี"),
    "fair": (2, "พอใช้"),
    "improve": (1, "ปรับปรุง"),
}
LEVEL_BY_POINTS = {points: code for code, (points, _) in LEVELS.items()}

# 4Q quality (TUMHOME plus INNO): four qualities and management.
DIMENSIONS = {
    "student": "นักเรียนคุณภาพ (Quality Student)",
    "teacher": "ครูคุณภาพ (Quality Teacher)",
    "classroom": "ห้องเรียนคุณภาพ (Quality Classroom)",
    "director": "ผู้อำนวยการคุณภาพ (Quality Director)",
    "management": "การบริหารจัดการคุณภาพ",
}

ITEM_OUTCOMES = {
    "done": "ดำเนินการแล้ว",
    "in_progress": "อยู่ระหว่างดำเนินการ",
    "not_done": "ยังไม่ดำเนินการ",
}

PARTNER_SECTORS = {
    "public": "ภาครัฐ",
    "private": "ภาคเอกชน",
    "community": "ชุมชน/ประชาสังคม",
    "academic": "สถาบันการศึกษา",
}

DISSEMINATION_CHANNELS = {
    "website": "เว็บไซต์",
    "social_media": "สื่อสังคมออนไลน์",
    "meeting": "การประชุม/สัมมนา",
    "exhibition": "นิทรรศการ",
    "document": "เอกสาร/วารสาร",
    "broadcast": "วิทยุ/โทรทัศน์",
}


def overall_level(levels: list[str]) -> str:
    """The level of an observation: the mean of its indicator points, rounded half up."""
    points = [LEVELS[code][0] for code in levels]
    return LEVEL_BY_POINTS[int(sum(points) / len(points) + 0.5)]


def thai_day(moment: datetime) -> date:
    """The day a moment falls on in Thailand."""
    return moment.astimezone(BANGKOK).date()


def term_of(day: date) -> tuple[int, int]:
    """(academic year B.E., semester) of a day."""
    return thai.academic_year(day), thai.semester(day)


def term_key(year: int, semester: int) -> str:
    return f"{year}-{semester}"
