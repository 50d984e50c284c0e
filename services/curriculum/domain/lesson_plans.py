"""A teacher's competency-based lesson plan (seed 003 item 4.2): one per teacher, learning area
and grade of an academic year; its document versions; and the feedback of supervisors and of
the provincial coaching team on a version they read (items 3.2 and 4.3).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.teaching import (
    AddLessonPlanVersion,
    GiveLessonPlanFeedback,
    StartLessonPlan,
)
from services.curriculum.domain.documents import Document, next_version
from services.curriculum.domain.events import lesson_plans as ev
from services.curriculum.domain.records import first_of_its_stream, fold_record, found
from services.curriculum.domain.schools import School
from services.curriculum.domain.teachers import record_id, require_author, teacher_facts
from services.curriculum.domain.teaching_terms import Verdict


def plan_id_of(school: str, year: int, subject: str, grade: str, teacher: str) -> str:
    return record_id(school, year, subject, grade, teacher=teacher)


def plan_stream(plan_id: str) -> str:
    return f"lessonplan-{plan_id}"


def school_and_year(plan_id: str) -> tuple[str, int]:
    """The school code and academic year a plan id begins with."""
    school, year = plan_id.split("-")[:2]
    return school, int(year)


@dataclass(frozen=True)
class Plan:
    started: ev.LessonPlanStarted
    documents: tuple[Document, ...] = ()
    feedback: tuple[ev.LessonPlanFeedbackGiven, ...] = ()

    def facts(self) -> dict[str, object]:
        return self.started.model_dump(include=set(ev.LessonPlanEvent.model_fields))

    def document(self, version: int) -> Document:
        found = next((d for d in self.documents if d.version == version), None)
        if found is None:
            raise RuleViolation(
                f"แผนนี้ไม่มีฉบับที่ {version}",
                f"The plan has no version {version}.",
                code="document_version_not_found",
                details={"document_version": version, "versions": len(self.documents)},
            )
        return found


def _then(plan: Plan, e: DomainEvent) -> Plan:
    if isinstance(e, ev.LessonPlanVersionAdded):
        doc = Document(e.document_version, e.reference, e.content_hash, e.note)
        return replace(plan, documents=(*plan.documents, doc))
    if isinstance(e, ev.LessonPlanFeedbackGiven):
        return replace(plan, feedback=(*plan.feedback, e))
    return plan


def fold(history: list[DomainEvent]) -> Plan | None:
    return fold_record(history, ev.LessonPlanStarted, Plan, _then)


def plan_from(history: list[DomainEvent], plan_id: str = "") -> Plan:
    plan = fold(history)
    return found(plan, "แผนการจัดการเรียนรู้", "lesson plan", "lesson_plan_not_found", plan_id=plan_id)


def start(
    history: list[DomainEvent], school: School, command: StartLessonPlan, teacher: Actor
) -> list[DomainEvent]:
    c = command
    plan_id = plan_id_of(school.school, c.academic_year, c.subject, c.grade, teacher.id)
    first_of_its_stream(
        history,
        "ครูมีแผนการจัดการเรียนรู้ของกลุ่มสาระและชั้นนี้ในปีการศึกษานี้แล้ว",
        "This teacher already has a plan for this learning area, grade and year.",
        "lesson_plan_exists",
        plan_id=plan_id,
    )
    return [
        ev.LessonPlanStarted(
            plan_id=plan_id, **teacher_facts(school, teacher), **c.model_dump(mode="json")
        )
    ]


def add_version(
    history: list[DomainEvent], command: AddLessonPlanVersion, actor: Actor
) -> list[DomainEvent]:
    plan = plan_from(history)
    require_author(plan.started.teacher, actor)
    version = next_version(plan.documents, command.content_hash)
    return [
        ev.LessonPlanVersionAdded(
            **plan.facts(), document_version=version, **command.model_dump(), added_by=actor.id
        )
    ]


def give_feedback(
    history: list[DomainEvent], command: GiveLessonPlanFeedback, actor: Actor, as_coach: bool
) -> list[DomainEvent]:
    """`as_coach`: the giver coaches this school in the province's coaching team."""
    plan = plan_from(history)
    document = plan.document(command.document_version)
    if command.verdict is Verdict.REVISE and not command.suggestions:
        raise InvalidInput(
            "ถ้าควรปรับปรุง กรุณาให้ข้อเสนอแนะอย่างน้อยหนึ่งข้อ",
            "A plan to revise needs at least one suggestion.",
            code="suggestions_missing",
            details={"field": "suggestions"},
        )
    return [
        ev.LessonPlanFeedbackGiven(
            **plan.facts(),
            feedback_no=len(plan.feedback) + 1,
            content_hash=document.content_hash,
            **command.model_dump(mode="json"),
            given_by=actor.id,
            giver_name=actor.name,
            role=actor.role,
            as_coach=as_coach,
            given_at=actor.at,
        )
    ]
