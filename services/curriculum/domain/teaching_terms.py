"""The vocabulary of competency-based teaching (seed 003, items 3 to 5): learning areas and
grades of a teacher's plan, the coaching team's roles, how a forum met, kinds of assessment
tools and learning products, and a reviewer's verdict on a lesson plan.

Each term carries its Thai label first and an English one; codes never change.
"""

from __future__ import annotations

from enum import StrEnum


class LearningArea(StrEnum):
    """The eight learning areas of the core curriculum, the province's local strand (Rayong
    MARCO) and integrated units."""

    THAI = "thai"
    MATHEMATICS = "mathematics"
    SCIENCE = "science"
    SOCIAL = "social"
    HEALTH_PE = "health_pe"
    ARTS = "arts"
    CAREER = "career"
    FOREIGN_LANGUAGES = "foreign_languages"
    LOCAL_STUDIES = "local_studies"
    INTEGRATED = "integrated"


LEARNING_AREAS = {
    LearningArea.THAI: ("ภาษาไทย", "Thai language"),
    LearningArea.MATHEMATICS: ("คณิตศาสตร์", "Mathematics"),
    LearningArea.SCIENCE: ("วิทยาศาสตร์และเทคโนโลยี", "Science and technology"),
    LearningArea.SOCIAL: ("สังคมศึกษา ศาสนาและวัฒนธรรม", "Social studies, religion and culture"),
    LearningArea.HEALTH_PE: ("สุขศึกษาและพลศึกษา", "Health and physical education"),
    LearningArea.ARTS: ("ศิลปะ", "Arts"),
    LearningArea.CAREER: ("การงานอาชีพ", "Occupations"),
    LearningArea.FOREIGN_LANGUAGES: ("ภาษาต่างประเทศ", "Foreign languages"),
    LearningArea.LOCAL_STUDIES: ("สาระท้องถิ่น (Rayong MARCO)", "Local strand (Rayong MARCO)"),
    LearningArea.INTEGRATED: ("หน่วยการเรียนรู้บูรณาการ", "Integrated unit"),
}


class Grade(StrEnum):
    """Kindergarten 1-3, primary 1-6, secondary 1-6."""

    K1 = "k1"
    K2 = "k2"
    K3 = "k3"
    P1 = "p1"
    P2 = "p2"
    P3 = "p3"
    P4 = "p4"
    P5 = "p5"
    P6 = "p6"
    M1 = "m1"
    M2 = "m2"
    M3 = "m3"
    M4 = "m4"
    M5 = "m5"
    M6 = "m6"


_GRADE_NAMES = {"k": ("อนุบาล {n}", "Kindergarten {n}"), "p": ("ป.{n}", "Primary {n}")}
_GRADE_NAMES["m"] = ("ม.{n}", "Secondary {n}")
GRADES = {
    g: (_GRADE_NAMES[g[0]][0].format(n=g[1]), _GRADE_NAMES[g[0]][1].format(n=g[1])) for g in Grade
}


class TeamRole(StrEnum):
    LEADER = "leader"
    COACH = "coach"
    SECRETARY = "secretary"


TEAM_ROLES = {
    TeamRole.LEADER: ("หัวหน้าทีมโค้ช", "Team leader"),
    TeamRole.COACH: ("โค้ช", "Coach"),
    TeamRole.SECRETARY: ("เลขานุการทีมโค้ช", "Team secretary"),
}


class ForumFormat(StrEnum):
    ONSITE = "onsite"
    ONLINE = "online"
    HYBRID = "hybrid"


FORUM_FORMATS = {
    ForumFormat.ONSITE: ("จัด ณ สถานที่", "On site"),
    ForumFormat.ONLINE: ("ออนไลน์", "Online"),
    ForumFormat.HYBRID: ("ผสมผสาน (ออนไซต์และออนไลน์)", "Hybrid"),
}


class ToolKind(StrEnum):
    """Kinds of tools a teacher makes to measure and assess competency-based learning."""

    RUBRIC = "rubric"
    OBSERVATION = "observation"
    PERFORMANCE_TASK = "performance_task"
    PORTFOLIO = "portfolio"
    TEST = "test"
    SELF_ASSESSMENT = "self_assessment"
    PEER_ASSESSMENT = "peer_assessment"
    INTERVIEW = "interview"


TOOL_KINDS = {
    ToolKind.RUBRIC: ("เกณฑ์การประเมินแบบรูบริก", "Rubric"),
    ToolKind.OBSERVATION: ("แบบสังเกตพฤติกรรม", "Observation form"),
    ToolKind.PERFORMANCE_TASK: ("แบบประเมินภาระงาน/การปฏิบัติ", "Performance task"),
    ToolKind.PORTFOLIO: ("แฟ้มสะสมผลงาน", "Portfolio"),
    ToolKind.TEST: ("แบบทดสอบ", "Test"),
    ToolKind.SELF_ASSESSMENT: ("แบบประเมินตนเอง", "Self-assessment"),
    ToolKind.PEER_ASSESSMENT: ("แบบประเมินโดยเพื่อน", "Peer assessment"),
    ToolKind.INTERVIEW: ("แบบสัมภาษณ์", "Interview"),
}


class ProductKind(StrEnum):
    """Kinds of learning products (ผลิตภัณฑ์การจัดการเรียนรู้) learners make."""

    WORK_PIECE = "work_piece"
    PROJECT = "project"
    PRESENTATION = "presentation"
    PERFORMANCE = "performance"
    INNOVATION = "innovation"
    REPORT = "report"
    DIGITAL_MEDIA = "digital_media"


PRODUCT_KINDS = {
    ProductKind.WORK_PIECE: ("ชิ้นงาน", "Work piece"),
    ProductKind.PROJECT: ("โครงงาน", "Project"),
    ProductKind.PRESENTATION: ("การนำเสนอ", "Presentation"),
    ProductKind.PERFORMANCE: ("การแสดง/การปฏิบัติ", "Performance"),
    ProductKind.INNOVATION: ("นวัตกรรม/สิ่งประดิษฐ์", "Innovation or invention"),
    ProductKind.REPORT: ("รายงาน", "Report"),
    ProductKind.DIGITAL_MEDIA: ("สื่อ/ผลงานดิจิทัล", "Digital media"),
}


class Verdict(StrEnum):
    """A supervisor's or coach's verdict on a lesson plan version."""

    READY = "ready"
    REVISE = "revise"


VERDICTS = {
    Verdict.READY: ("พร้อมนำไปใช้จัดการเรียนรู้", "Ready to teach with"),
    Verdict.REVISE: ("ควรปรับปรุงก่อนนำไปใช้", "Revise before teaching with it"),
}
