"""A teacher's class assessment record: commands and reads on its stream (tenant = the
school's ESA)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.curriculum.domain import classroom
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.base import Command
from services.curriculum.domain.commands.classroom import (
    OpenClassAssessment,
    RecordClassResults,
    RecordLearningProduct,
    RegisterAssessmentTool,
)
from services.curriculum.domain.schools import School
from services.curriculum.domain.teaching_terms import GRADES, LEARNING_AREAS, Grade, LearningArea

TOOL_FIELDS = {"tool_no", "kind", "title", "competencies", "reference", "content_hash"}
PRODUCT_FIELDS = {"product_no", "kind", "title", "competencies", "learners", "assessed_with"}
RESULT_FIELDS = {"revision", "learners", "levels", "tools_used"}

Change = Callable[[list[DomainEvent], Any, Actor], list[DomainEvent]]
CHANGES: dict[type[Command], Change] = {
    RegisterAssessmentTool: classroom.register_tool,
    RecordLearningProduct: classroom.record_product,
    RecordClassResults: classroom.record_results,
}


def record_target(esa: str, record_id: str) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), classroom.record_stream(record_id))


def record_answer(record: classroom.ClassRecord) -> dict[str, Any]:
    o = record.opened
    results = record.results
    return o.model_dump(mode="json") | {
        "subject_th": LEARNING_AREAS[LearningArea(o.subject)][0],
        "grade_th": GRADES[Grade(o.grade)][0],
        "tools": [t.model_dump(mode="json", include=TOOL_FIELDS) for t in record.tools],
        "products": [p.model_dump(mode="json", include=PRODUCT_FIELDS) for p in record.products],
        "results": results.model_dump(mode="json", include=RESULT_FIELDS) if results else None,
    }


def _describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
    return record_answer(classroom.record_from([*history, *new]))


async def open_record(
    runner: CommandRunner,
    meta: CommandMeta,
    school: School,
    command: OpenClassAssessment,
    teacher: Actor,
) -> CommandOutcome:
    record_id = classroom.record_id_of(school.school, command, teacher.id)
    return await runner.run(
        record_target(school.esa, record_id),
        meta,
        lambda h: classroom.open_record(h, school, command, teacher),
        describe=_describe,
    )


async def change(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    record_id: str,
    command: Command,
    actor: Actor,
) -> CommandOutcome:
    """A tool, a product or the results: `CHANGES` names the decision for each command."""
    decide = CHANGES[type(command)]

    def on_the_record(history: list[DomainEvent]) -> list[DomainEvent]:
        classroom.record_from(history, record_id)
        return decide(history, command, actor)

    return await runner.run(record_target(esa, record_id), meta, on_the_record, describe=_describe)


async def record(runner: CommandRunner, esa: str, record_id: str) -> dict[str, Any]:
    history, _ = await runner.history(record_target(esa, record_id))
    return record_answer(classroom.record_from(history, record_id))
