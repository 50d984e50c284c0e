"""A teacher's competency-based assessment of one class (seed 003 item 5): the teacher makes
tools to measure and assess the competencies (5.3), learners make learning products assessed
with them (5.2), and the teacher records the class's results per competency level (5.4), which
the school sums up in its own semester report.

One record per teacher, learning area, grade and semester; only its teacher or the director
changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kit.errors import InvalidInput, RuleViolation
from kit.events import DomainEvent
from services.curriculum.domain.assessments import accounts_for_everyone, every_level
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.base import Command
from services.curriculum.domain.commands.classroom import (
    OpenClassAssessment,
    RecordClassResults,
    RecordLearningProduct,
    RegisterAssessmentTool,
)
from services.curriculum.domain.events import classroom as ev
from services.curriculum.domain.records import first_of_its_stream, fold_record, found
from services.curriculum.domain.schools import School
from services.curriculum.domain.teachers import record_id, require_author, teacher_facts


def record_id_of(school: str, command: OpenClassAssessment, teacher: str) -> str:
    c = command
    return record_id(school, c.academic_year, c.semester, c.subject, c.grade, teacher=teacher)


def record_stream(record: str) -> str:
    return f"classassess-{record}"


@dataclass(frozen=True)
class ClassRecord:
    opened: ev.ClassAssessmentOpened
    tools: tuple[ev.AssessmentToolRegistered, ...] = ()
    products: tuple[ev.LearningProductRecorded, ...] = ()
    results: ev.ClassCompetencyResultsRecorded | None = None

    def facts(self) -> dict[str, object]:
        return self.opened.model_dump(include=set(ev.ClassAssessmentEvent.model_fields))

    def tools_named(self, numbers: list[int]) -> list[ev.AssessmentToolRegistered]:
        unknown = sorted(set(numbers) - {t.tool_no for t in self.tools})
        if unknown:
            raise RuleViolation(
                "ไม่พบเครื่องมือลำดับที่ " + ", ".join(map(str, unknown)) + " ในบันทึกนี้",
                "These tools are not registered on this record.",
                code="unknown_tools",
                details={"tools": unknown, "registered": [t.tool_no for t in self.tools]},
            )
        return [t for t in self.tools if t.tool_no in numbers]


def _then(record: ClassRecord, e: DomainEvent) -> ClassRecord:
    if isinstance(e, ev.AssessmentToolRegistered):
        return replace(record, tools=(*record.tools, e))
    if isinstance(e, ev.LearningProductRecorded):
        return replace(record, products=(*record.products, e))
    if isinstance(e, ev.ClassCompetencyResultsRecorded):
        return replace(record, results=e)
    return record


def fold(history: list[DomainEvent]) -> ClassRecord | None:
    return fold_record(history, ev.ClassAssessmentOpened, ClassRecord, _then)


def record_from(history: list[DomainEvent], record: str = "") -> ClassRecord:
    what_th, what_en = "บันทึกการวัดและประเมินผล", "class assessment record"
    return found(fold(history), what_th, what_en, "class_assessment_not_found", record_id=record)


def open_record(
    history: list[DomainEvent], school: School, command: OpenClassAssessment, teacher: Actor
) -> list[DomainEvent]:
    record = record_id_of(school.school, command, teacher.id)
    first_of_its_stream(
        history,
        "ครูมีบันทึกการวัดและประเมินผลของกลุ่มสาระ ชั้น และภาคเรียนนี้แล้ว",
        "This teacher already has a record for this learning area, grade and semester.",
        "class_assessment_exists",
        record_id=record,
    )
    return [
        ev.ClassAssessmentOpened(
            record_id=record, **teacher_facts(school, teacher), **command.model_dump(mode="json")
        )
    ]


def register_tool(
    history: list[DomainEvent], command: RegisterAssessmentTool, actor: Actor
) -> list[DomainEvent]:
    record = _changed_by(history, actor)
    return _numbered(record, ev.AssessmentToolRegistered, "tool_no", len(record.tools), command)


def record_product(
    history: list[DomainEvent], command: RecordLearningProduct, actor: Actor
) -> list[DomainEvent]:
    record = _changed_by(history, actor)
    record.tools_named(command.assessed_with)
    _at_most_the_class(record, command.learners)
    count = len(record.products)
    return _numbered(record, ev.LearningProductRecorded, "product_no", count, command)


def _numbered(
    record: ClassRecord,
    event: type[ev.ClassAssessmentEvent],
    number_field: str,
    count: int,
    command: Command,
) -> list[DomainEvent]:
    """The next numbered item of the record (a tool, a product): the command's fields."""
    number = {number_field: count + 1}
    return [event(**record.facts(), **number, **command.model_dump(mode="json"))]


def record_results(
    history: list[DomainEvent], command: RecordClassResults, actor: Actor
) -> list[DomainEvent]:
    record = _changed_by(history, actor)
    tools = record.tools_named(command.tools_used)
    levels = every_level(
        {str(c): {str(lv): n for lv, n in v.items()} for c, v in command.levels.items()}
    )
    accounts_for_everyone(levels, record.opened.learners)
    covered = {c for t in tools for c in t.competencies}
    if uncovered := sorted(set(levels) - covered):
        raise RuleViolation(
            "สมรรถนะที่รายงานต้องวัดด้วยเครื่องมือที่ใช้อย่างน้อยหนึ่งชิ้น",
            "Each competency reported must be assessed by one of the tools used.",
            code="competency_without_tool",
            details={"competencies": uncovered, "tools_used": command.tools_used},
        )
    revision = 1 + (record.results.revision if record.results else 0)
    return [
        ev.ClassCompetencyResultsRecorded(
            **record.facts(),
            revision=revision,
            learners=record.opened.learners,
            levels=levels,
            tools_used=sorted(set(command.tools_used)),
        )
    ]


def _changed_by(history: list[DomainEvent], actor: Actor) -> ClassRecord:
    record = record_from(history)
    require_author(record.opened.teacher, actor)
    return record


def _at_most_the_class(record: ClassRecord, learners: int) -> None:
    if learners > record.opened.learners:
        raise InvalidInput(
            f"จำนวนผู้เรียนต้องไม่เกินจำนวนผู้เรียนในชั้น ({record.opened.learners} คน)",
            f"At most the class's {record.opened.learners} learners.",
            code="more_learners_than_the_class",
            details={"field": "learners", "class_learners": record.opened.learners},
        )
