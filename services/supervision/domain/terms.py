"""The words of supervision work in Thai: visit modes, policies served, rubric levels, 4Q
dimensions, sectors, committee roles; and the calendar of the work (Thai day, term).

Each label belongs to a stable code of `vocabulary` (stored in events).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kit import thai
from services.supervision.domain.vocabulary import (
    Channel,
    CommitteeRole,
    Dimension,
    ItemOutcome,
    MemberSector,
    MonitoringBody,
    Policy,
    Progress,
    RubricLevel,
    Sector,
    VisitMode,
)

BANGKOK = ZoneInfo("Asia/Bangkok")

MODES = {
    VisitMode.ON_SITE: "นิเทศ ณ สถานศึกษา",
    VisitMode.ONLINE: "นิเทศออนไลน์",
    VisitMode.PLC: "ชุมชนการเรียนรู้ทางวิชาชีพ (PLC)",
}

POLICIES = {
    Policy.OBEC: "นโยบาย สพฐ.",
    Policy.ESA: "นโยบายสำนักงานเขตพื้นที่การศึกษา",
    Policy.STEM_CODING: "STEM / Coding / วิทยาการคำนวณ",
    Policy.DLTV: "การจัดการศึกษาทางไกลผ่านดาวเทียม (DLTV)",
    Policy.COMPETENCY: "การจัดการเรียนรู้ฐานสมรรถนะ",
    Policy.ANTI_CORRUPTION: "หลักสูตรต้านทุจริตศึกษา",
    Policy.MEDIA_TECHNOLOGY: "สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา",
    Policy.QUALITY_4Q: "โรงเรียนคุณภาพ 4Q",
    Policy.ONE_DISTRICT_ONE_SCHOOL: "โรงเรียน 1 อำเภอ 1 โรงเรียนคุณภาพ",
    Policy.SUFFICIENCY_ECONOMY: "โครงการเศรษฐกิจพอเพียง",
    Policy.MULTIPLE_INTELLIGENCES: "พหุปัญญา / วัดแววความสามารถ",
    Policy.OTHER: "อื่น ๆ",
}

# Rubric levels, best first: code -> (points, Thai label).
LEVELS = {
    RubricLevel.EXCELLENT: (4, "ดีเยี่ยม"),
    RubricLevel.GOOD: (3, "ดี"),
    RubricLevel.FAIR: (2, "พอใช้"),
    RubricLevel.IMPROVE: (1, "ปรับปรุง"),
}
LEVEL_BY_POINTS = {points: code for code, (points, _) in LEVELS.items()}

# 4Q quality (TUMHOME plus INNO): four qualities and management.
DIMENSIONS = {
    Dimension.STUDENT: "นักเรียนคุณภาพ (Quality Student)",
    Dimension.TEACHER: "ครูคุณภาพ (Quality Teacher)",
    Dimension.CLASSROOM: "ห้องเรียนคุณภาพ (Quality Classroom)",
    Dimension.DIRECTOR: "ผู้อำนวยการคุณภาพ (Quality Director)",
    Dimension.MANAGEMENT: "การบริหารจัดการคุณภาพ",
}

ITEM_OUTCOMES = {
    ItemOutcome.DONE: "ดำเนินการแล้ว",
    ItemOutcome.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    ItemOutcome.NOT_DONE: "ยังไม่ดำเนินการ",
}

PARTNER_SECTORS = {
    Sector.PUBLIC: "ภาครัฐ",
    Sector.PRIVATE: "ภาคเอกชน",
    Sector.COMMUNITY: "ชุมชน/ประชาสังคม",
    Sector.ACADEMIC: "สถาบันการศึกษา",
}

MEMBER_SECTORS = {
    MemberSector.ESA: "สำนักงานเขตพื้นที่การศึกษา",
    MemberSector.SCHOOL: "สถานศึกษา",
    MemberSector.PUBLIC: "ภาครัฐ",
    MemberSector.PRIVATE: "ภาคเอกชน",
    MemberSector.COMMUNITY: "ชุมชน/ประชาสังคม",
    MemberSector.ACADEMIC: "สถาบันการศึกษา",
}

DISSEMINATION_CHANNELS = {
    Channel.WEBSITE: "เว็บไซต์",
    Channel.SOCIAL_MEDIA: "สื่อสังคมออนไลน์",
    Channel.MEETING: "การประชุม/สัมมนา",
    Channel.EXHIBITION: "นิทรรศการ",
    Channel.DOCUMENT: "เอกสาร/วารสาร",
    Channel.BROADCAST: "วิทยุ/โทรทัศน์",
}

COMMITTEE_ROLES = {
    CommitteeRole.CHAIR: "ประธานกรรมการ",
    CommitteeRole.VICE_CHAIR: "รองประธานกรรมการ",
    CommitteeRole.MEMBER: "กรรมการ",
    CommitteeRole.SECRETARY: "กรรมการและเลขานุการ",
}

MONITORING_BODIES = {
    MonitoringBody.KTPN: "คณะกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา (ก.ต.ป.น.)",
    MonitoringBody.AKTPN: "คณะอนุกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา (อ.ก.ต.ป.น.)",
}

PROGRESS = {
    Progress.ON_TRACK: "เป็นไปตามแผน",
    Progress.BEHIND: "ล่าช้ากว่าแผน",
    Progress.NEEDS_HELP: "ต้องได้รับการช่วยเหลือเร่งด่วน",
}


def overall_level(levels: list[str]) -> str:
    """The level of an observation: the mean of its indicator points, rounded half up."""
    points = [LEVELS[RubricLevel(code)][0] for code in levels]
    return LEVEL_BY_POINTS[int(sum(points) / len(points) + 0.5)]


def thai_day(moment: datetime) -> date:
    """The day a moment falls on in Thailand."""
    return moment.astimezone(BANGKOK).date()


def term_of(day: date) -> tuple[int, int]:
    """(academic year B.E., semester) of a day."""
    return thai.academic_year(day), thai.semester(day)


def term_key(year: int, semester: int) -> str:
    return f"{year}-{semester}"
