"""The fixed vocabulary of curriculum cases: stages, committees, partner groups, competencies
and their levels.

Each term carries its Thai label first (what users read) and an English one. Codes are what
events and documents store; they never change.
"""

from __future__ import annotations

from enum import StrEnum
from zoneinfo import ZoneInfo


class Stage(StrEnum):
    DRAFT = "draft"  # the school prepares; never submitted
    SCREENING = "screening"  # with the provincial academic subcommittee
    PROVINCIAL_REVIEW = "provincial_review"  # with the provincial driving committee
    NATIONAL_REVIEW = "national_review"  # type 3, forwarded to the national policy committee
    RETURNED = "returned"  # sent back to the school for revision
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


FINAL_STAGES = frozenset({Stage.APPROVED, Stage.REJECTED, Stage.WITHDRAWN})
SCHOOL_STAGES = frozenset({Stage.DRAFT, Stage.RETURNED})  # the case is in the school's hands

STAGE_LABELS = {
    Stage.DRAFT: ("โรงเรียนกำลังจัดทำ", "Being prepared by the school"),
    Stage.SCREENING: ("รอการกลั่นกรองของคณะอนุกรรมการวิชาการ", "Screening by the subcommittee"),
    Stage.PROVINCIAL_REVIEW: (
        "รอการพิจารณาของคณะกรรมการขับเคลื่อนฯ จังหวัด",
        "With the provincial driving committee",
    ),
    Stage.NATIONAL_REVIEW: (
        "รอการพิจารณาของคณะกรรมการนโยบายฯ",
        "With the national policy committee",
    ),
    Stage.RETURNED: ("ส่งกลับให้โรงเรียนปรับปรุง", "Sent back to the school for revision"),
    Stage.APPROVED: ("ได้รับความเห็นชอบ", "Approved"),
    Stage.REJECTED: ("ไม่ได้รับความเห็นชอบ", "Rejected"),
    Stage.WITHDRAWN: ("โรงเรียนถอนเรื่อง", "Withdrawn by the school"),
}


class Committee(StrEnum):
    """The committees, named like the roles that sit on them."""

    ACADEMIC_SUBCOMMITTEE = "academic_subcommittee"
    DRIVING_COMMITTEE = "driving_committee"
    POLICY_COMMITTEE = "policy_committee"


COMMITTEE_LABELS = {
    Committee.ACADEMIC_SUBCOMMITTEE: ("คณะอนุกรรมการวิชาการ", "Academic subcommittee"),
    Committee.DRIVING_COMMITTEE: (
        "คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัด",
        "Provincial sandbox driving committee",
    ),
    Committee.POLICY_COMMITTEE: (
        "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา",
        "National sandbox policy committee",
    ),
}

# The stage at which each committee holds a case.
COMMITTEE_STAGE = {
    Committee.ACADEMIC_SUBCOMMITTEE: Stage.SCREENING,
    Committee.DRIVING_COMMITTEE: Stage.PROVINCIAL_REVIEW,
    Committee.POLICY_COMMITTEE: Stage.NATIONAL_REVIEW,
}

NATION = "th"  # the tenant of national committee meetings
BANGKOK = ZoneInfo("Asia/Bangkok")  # dates such as "today" are Thai dates


class PartnerGroup(StrEnum):
    """The six partner groups heard before a curriculum is proposed (section 26)."""

    PARENTS = "parents"
    COMMUNITY = "community"
    LOCAL_GOVERNMENT = "local_government"
    PRIVATE_SECTOR = "private_sector"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"


PARTNER_GROUPS = {
    PartnerGroup.PARENTS: ("ผู้ปกครอง", "Parents"),
    PartnerGroup.COMMUNITY: ("ชุมชนและผู้นำชุมชน", "Community and its leaders"),
    PartnerGroup.LOCAL_GOVERNMENT: ("องค์กรปกครองส่วนท้องถิ่น", "Local government"),
    PartnerGroup.PRIVATE_SECTOR: ("ภาคเอกชนและสถานประกอบการ", "Private sector and employers"),
    PartnerGroup.CIVIL_SOCIETY: (
        "ภาคประชาสังคมและสถาบันศาสนา",
        "Civil society and religious institutions",
    ),
    PartnerGroup.ACADEMIA: ("สถาบันการศึกษาและนักวิชาการ", "Academic institutions and scholars"),
}


class Competency(StrEnum):
    """The six core competencies of the competency-based curriculum."""

    SELF_MANAGEMENT = "self_management"
    HIGHER_ORDER_THINKING = "higher_order_thinking"
    COMMUNICATION = "communication"
    TEAMWORK = "teamwork"
    ACTIVE_CITIZENSHIP = "active_citizenship"
    SUSTAINABLE_LIVING = "sustainable_living"


COMPETENCIES = {
    Competency.SELF_MANAGEMENT: ("การจัดการตนเอง", "Self-management"),
    Competency.HIGHER_ORDER_THINKING: ("การคิดขั้นสูง", "Higher-order thinking"),
    Competency.COMMUNICATION: ("การสื่อสาร", "Communication"),
    Competency.TEAMWORK: ("การรวมพลังทำงานเป็นทีม", "Teamwork and collaboration"),
    Competency.ACTIVE_CITIZENSHIP: ("การเป็นพลเมืองที่เข้มแข็ง", "Active citizenship"),
    Competency.SUSTAINABLE_LIVING: (
        "การอยู่ร่วมกับธรรมชาติและวิทยาการอย่างยั่งยืน",
        "Living sustainably with nature and science",
    ),
}


class CompetencyLevel(StrEnum):
    """Competency levels, lowest first."""

    BEGINNING = "beginning"
    DEVELOPING = "developing"
    PROFICIENT = "proficient"
    ADVANCED = "advanced"


LEVELS = {
    CompetencyLevel.BEGINNING: ("ระดับเริ่มต้น", "Beginning"),
    CompetencyLevel.DEVELOPING: ("ระดับกำลังพัฒนา", "Developing"),
    CompetencyLevel.PROFICIENT: ("ระดับชำนาญ", "Proficient"),
    CompetencyLevel.ADVANCED: ("ระดับเชี่ยวชาญ", "Advanced"),
}

CURRICULUM_TYPES = (2, 3)
