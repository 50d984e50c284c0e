"""Case commands: each loads the case stream, lets the domain decide, appends the events.

The tenant of a case is the school's ESA; the school's facts (cluster, name, sandbox pilot)
come from the service's own view of the directory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kit.auth.principal import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.errors import RuleViolation
from kit.events import DomainEvent
from kit.readmodel.store import ReadModelStore
from services.curriculum.domain import events as ev
from services.curriculum.domain.case import case_id_of, case_stream, fold
from services.curriculum.domain.preparation import open_case as decide_open
from services.curriculum.domain.reference import Stage

Decide = Callable[[list[DomainEvent]], Sequence[DomainEvent]]


async def school_facts(views: ReadModelStore, esa: str, school: str) -> dict[str, Any]:
    """The school as the directory last said, refused when it is not in this ESA."""
    doc = await views.get("curriculum_schools", f"school:{school}")
    if doc is None or doc.get("esa") != esa:
        raise RuleViolation(
            "ไม่พบโรงเรียนนี้ในเขตพื้นที่การศึกษานี้",
            "This school is not in this ESA.",
            code="unknown_school",
        )
    return doc


def case_target(esa: str, case_id: str) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), case_stream(case_id))


def describe_case(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
    case = fold([*history, *new])
    if case is None:
        return {}
    answer: dict[str, Any] = {
        "case_id": case.case_id,
        "stage": case.stage.value,
        "curriculum_type": case.curriculum_type,
    }
    if case.latest_document:
        answer["document_version"] = case.latest_document.version
    if case.decisions:
        answer["decision_no"] = case.decisions[-1].decision_no
    return answer


async def open_case(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, Any],
    academic_year: int,
    curriculum_type: int,
    title: str,
) -> CommandOutcome:
    case_id = case_id_of(school["school"], academic_year)
    opened = ev.CurriculumCaseOpened(
        case_id=case_id,
        school=school["school"],
        esa=school["esa"],
        province=school["province"],
        academic_year=academic_year,
        curriculum_type=curriculum_type,
        title=title,
        school_name=school.get("name_th", ""),
        cluster=school.get("cluster", ""),
        stage=Stage.DRAFT,
    )
    pilot = bool(school.get("sandbox_pilot"))
    return await runner.run(
        case_target(school["esa"], case_id),
        meta,
        lambda h: decide_open(h, opened, pilot),
        describe=describe_case,
    )


async def run_on_case(
    runner: CommandRunner, meta: CommandMeta, esa: str, case_id: str, decide: Decide
) -> CommandOutcome:
    """Any other case command: `decide` gets the case's history."""
    return await runner.run(case_target(esa, case_id), meta, decide, describe=describe_case)
