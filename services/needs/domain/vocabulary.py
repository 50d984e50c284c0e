"""The words of the needs process: categories, learning areas, grades, quality levels, services.

Codes are stable English words (they travel in events and read models); each has its Thai label
first and an English one.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar


class Category(StrEnum):
    """What a need or a production is about (seed 000: สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา)."""

    MEDIA = "media"
    INNOVATION = "innovation"
    TECHNOLOGY = "technology"


CATEGORY_LABELS = {
    Category.MEDIA: ("สื่อการเรียนรู้", "Learning media"),
    Category.INNOVATION: ("นวัตกรรมการศึกษา", "Educational innovation"),
    Category.TECHNOLOGY: ("เทคโนโลยีทางการศึกษา", "Educational technology"),
}


class Subject(StrEnum):
    """The eight learning areas (กลุ่มสาระการเรียนรู้), learner activities, and 'all areas'."""

    THAI = "thai"
    MATHEMATICS = "mathematics"
    SCIENCE = "science"
    SOCIAL = "social"
    HEALTH = "health"
    ARTS = "arts"
    CAREERS = "careers"
    FOREIGN_LANGUAGES = "foreign_languages"
    ACTIVITIES = "activities"
    GENERAL = "general"


SUBJECT_LABELS = {
    Subject.THAI: ("ภาษาไทย", "Thai language"),
    Subject.MATHEMATICS: ("คณิตศาสตร์", "Mathematics"),
    Subject.SCIENCE: ("วิทยาศาสตร์และเทคโนโลยี", "Science and technology"),
    Subject.SOCIAL: ("สังคมศึกษา ศาสนา และวัฒนธรรม", "Social studies, religion and culture"),
    Subject.HEALTH: ("สุขศึกษาและพลศึกษา", "Health and physical education"),
    Subject.ARTS: ("ศิลปะ", "Arts"),
    Subject.CAREERS: ("การงานอาชีพ", "Occupations"),
    Subject.FOREIGN_LANGUAGES: ("ภาษาต่างประเทศ", "Foreign languages"),
    Subject.ACTIVITIES: ("กิจกรรมพัฒนาผู้เรียน", "Learner development activities"),
    Subject.GENERAL: ("ทุกกลุ่มสาระการเรียนรู้", "All learning areas"),
}


class GradeLevel(StrEnum):
    """อ.1-3 (kindergarten), ป.1-6 (primary), ม.1-6 (secondary)."""

    K1, K2, K3 = "k1", "k2", "k3"
    P1, P2, P3, P4, P5, P6 = "p1", "p2", "p3", "p4", "p5", "p6"
    M1, M2, M3, M4, M5, M6 = "m1", "m2", "m3", "m4", "m5", "m6"


def grade_label(grade: GradeLevel) -> str:
    prefix = {"k": "อ.", "p": "ป.", "m": "ม."}[grade.value[0]]
    return f"{prefix}{grade.value[1:]}"


class QualityLevel(StrEnum):
    """The four-level rubric used for media and innovation quality."""

    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    IMPROVE = "improve"


QUALITY_LABELS = {
    QualityLevel.EXCELLENT: ("ดีเยี่ยม", "Excellent"),
    QualityLevel.GOOD: ("ดี", "Good"),
    QualityLevel.FAIR: ("พอใช้", "Fair"),
    QualityLevel.IMPROVE: ("ปรับปรุง", "Needs improvement"),
}


class ServiceKind(StrEnum):
    """What a school may ask of the ESA's media service (seed 000, form 4)."""

    MEDIA = "media"
    EQUIPMENT_LOAN = "equipment_loan"
    TRAINING = "training"
    ADVICE = "advice"


SERVICE_LABELS = {
    ServiceKind.MEDIA: ("ขอรับบริการสื่อ นวัตกรรม", "Media and innovation"),
    ServiceKind.EQUIPMENT_LOAN: ("ขอยืมวัสดุ อุปกรณ์ เทคโนโลยี", "Equipment loan"),
    ServiceKind.TRAINING: ("ขอรับการอบรม พัฒนาบุคลากร", "Training"),
    ServiceKind.ADVICE: ("ขอรับคำปรึกษา แนะนำ", "Advice"),
}


class DeliveryChannel(StrEnum):
    """How model media reach a school (step 3: ส่งต้นแบบของหน่วยงาน)."""

    IN_PERSON = "in_person"
    POST = "post"
    ONLINE = "online"
    SUPERVISION_VISIT = "supervision_visit"


CHANNEL_LABELS = {
    DeliveryChannel.IN_PERSON: ("มอบในการประชุม อบรม", "Handed over at a meeting or training"),
    DeliveryChannel.POST: ("ส่งทางไปรษณีย์", "By post"),
    DeliveryChannel.ONLINE: ("ส่งทางออนไลน์", "Online"),
    DeliveryChannel.SUPERVISION_VISIT: ("มอบระหว่างการนิเทศ", "During a supervision visit"),
}


class FollowupMode(StrEnum):
    """How a supervisor followed a school's use of media (step 5, form 5)."""

    ON_SITE = "on_site"
    ONLINE = "online"


MODE_LABELS = {
    FollowupMode.ON_SITE: ("นิเทศ ณ สถานศึกษา", "On site"),
    FollowupMode.ONLINE: ("นิเทศออนไลน์", "Online"),
}


class UseAspect(StrEnum):
    """What form 5 looks at in a school's use of media and of the media service."""

    TEACHING = "teaching"
    SUFFICIENCY = "sufficiency"
    CARE = "care"
    LEARNERS = "learners"
    SERVICE = "service"


ASPECT_LABELS = {
    UseAspect.TEACHING: ("การนำสื่อไปใช้ในการจัดการเรียนรู้", "Use of media in teaching"),
    UseAspect.SUFFICIENCY: ("ความเพียงพอและความพร้อมใช้ของสื่อ", "Media enough and ready to use"),
    UseAspect.CARE: ("การดูแล จัดเก็บ และซ่อมบำรุงสื่อ", "Care, storage and repair"),
    UseAspect.LEARNERS: ("ผลที่เกิดกับผู้เรียน", "Effect on learners"),
    UseAspect.SERVICE: ("การใช้บริการสื่อของเขตพื้นที่", "Use of the ESA's media service"),
}


class LinkKind(StrEnum):
    """The records a form-5 follow-up concerns."""

    PRODUCTION = "production"
    SERVICE_REQUEST = "service_request"
    MODEL_MEDIA = "model_media"


LINK_LABELS = {
    LinkKind.PRODUCTION: ("ผลงานการผลิตสื่อ (แบบ 3)", "Production record (form 3)"),
    LinkKind.SERVICE_REQUEST: ("บริการสื่อที่ได้รับ (แบบ 4)", "Media service received (form 4)"),
    LinkKind.MODEL_MEDIA: ("สื่อต้นแบบที่ได้รับ", "Model media received"),
}


class MediaUse(StrEnum):
    """What a supervisor found of one medium or service the school received."""

    IN_USE = "in_use"
    PARTLY = "partly"
    NOT_USED = "not_used"


USE_LABELS = {
    MediaUse.IN_USE: ("นำไปใช้ในการจัดการเรียนรู้แล้ว", "In use in teaching"),
    MediaUse.PARTLY: ("ใช้บางส่วน", "Partly used"),
    MediaUse.NOT_USED: ("ยังไม่ได้นำไปใช้", "Not used yet"),
}

Code = TypeVar("Code", bound=StrEnum)


def labels(table: Mapping[Code, tuple[str, str]]) -> list[dict[str, str]]:
    """A table of labels as the API lists it: code, Thai, English."""
    return [{"code": k.value, "label_th": th, "label_en": en} for k, (th, en) in table.items()]
