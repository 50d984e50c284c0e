"""The events of a teacher's class assessment record (stream `classassess-<record id>`, tenant
= the ESA): the tools, the learning products and the results per competency of one class."""

from __future__ import annotations

from kit.events import DomainEvent


class ClassAssessmentEvent(DomainEvent):
    record_id: str  # "<school>-<year>-<semester>-<subject>-<grade>-<teacher key>"
    school: str
    cluster: str
    esa: str
    province: str
    academic_year: int  # B.E.
    semester: int
    subject: str
    grade: str
    teacher: str


class ClassAssessmentOpened(ClassAssessmentEvent):
    """A teacher opened the competency-based assessment record of a class for a semester."""

    type = "curriculum.ClassAssessmentOpened"
    school_name: str
    teacher_name: str
    learners: int  # learners in the class


class AssessmentToolRegistered(ClassAssessmentEvent):
    """The teacher made (or adopted) a tool to measure and assess competencies."""

    type = "curriculum.AssessmentToolRegistered"
    tool_no: int
    kind: str
    title: str
    competencies: list[str]
    reference: str
    content_hash: str


class LearningProductRecorded(ClassAssessmentEvent):
    """Learners made a product of their learning, assessed with the class's tools."""

    type = "curriculum.LearningProductRecorded"
    product_no: int
    kind: str
    title: str
    competencies: list[str]
    learners: int
    assessed_with: list[int]  # tool numbers


class ClassCompetencyResultsRecorded(ClassAssessmentEvent):
    """The class's learners per competency level, with the tools used.

    A new revision replaces the previous one."""

    type = "curriculum.ClassCompetencyResultsRecorded"
    revision: int
    learners: int
    levels: dict[str, dict[str, int]]  # competency -> level -> learners
    tools_used: list[int]


CLASSROOM_EVENTS: list[type[DomainEvent]] = [
    ClassAssessmentOpened,
    AssessmentToolRegistered,
    LearningProductRecorded,
    ClassCompetencyResultsRecorded,
]
