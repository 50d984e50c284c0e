"""The standard against which a supervisor evaluates a school's media or innovation (form 3).

Each indicator is scored 1 (ปรับปรุง) to 4 (ดีเยี่ยม). The quality level is read from the mean
score: 3.50 and above ดีเยี่ยม, 2.50 and above ดี, 1.50 and above พอใช้, below that ปรับปรุง.
"""

from __future__ import annotations

from enum import StrEnum

from services.needs.domain.vocabulary import QualityLevel

STANDARD = "media-quality-2569"


class Indicator(StrEnum):
    CURRICULUM = "curriculum"
    DESIGN = "design"
    USABILITY = "usability"
    EFFECTIVENESS = "effectiveness"
    CREATIVITY = "creativity"
    DISSEMINATION = "dissemination"


INDICATORS: dict[str, tuple[str, str]] = {
    Indicator.CURRICULUM: (
        "เนื้อหาถูกต้อง สอดคล้องกับมาตรฐานและตัวชี้วัดของหลักสูตร",
        "Content is correct and matches the curriculum's standards and indicators",
    ),
    Indicator.DESIGN: (
        "การออกแบบและการนำเสนอน่าสนใจ เหมาะสมกับวัยของผู้เรียน",
        "Design and presentation are engaging and suit the learners' age",
    ),
    Indicator.USABILITY: (
        "ใช้งานได้สะดวก ครูและผู้เรียนนำไปใช้ได้จริง",
        "Easy for teachers and learners to use in practice",
    ),
    Indicator.EFFECTIVENESS: (
        "มีประสิทธิภาพ ส่งผลต่อผลสัมฤทธิ์และทักษะของผู้เรียน",
        "Effective: improves learners' achievement and skills",
    ),
    Indicator.CREATIVITY: (
        "มีความคิดสร้างสรรค์ แปลกใหม่",
        "Creative and original",
    ),
    Indicator.DISSEMINATION: (
        "เผยแพร่และต่อยอดได้ในสถานศึกษาอื่น",
        "Can be shared and built upon by other schools",
    ),
}

LOWEST, HIGHEST = 1, 4


def quality_level(mean: float) -> QualityLevel:
    """The level a mean score of 1 to 4 stands for."""
    if mean >= 3.5:
        return QualityLevel.EXCELLENT
    if mean >= 2.5:
        return QualityLevel.GOOD
    if mean >= 1.5:
        return QualityLevel.FAIR
    return QualityLevel.IMPROVE
