"""Case commands: each runs on the case's stream through the CommandRunner, which decides
without reading first when it can; the domain decides, the runner appends.

The tenant of a case is the school's ESA. The school's facts (name, cluster, sandbox pilot)
come from the service's view of the directory, looked up by the caller (the API).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.curriculum.domain.case import case_id_of, case_not_found, case_stream, fold
from services.curriculum.domain.commands.cases import OpenCase
from services.curriculum.domain.events import cases as ev
from services.curriculum.domain.preparation import open_case as decide_open
from services.curriculum.domain.reference import STAGE_LABELS, Stage
from services.curriculum.domain.schools import School

Decide = Callable[[list[DomainEvent]], Sequence[DomainEvent]]


def case_target(esa: str, case_id: str) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), case_stream(case_id))


def describe_case(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
    """The case's identity and where it stands: what a command on a case answers."""
    case = fold([*history, *new])
    if case is None:
        return {}
    answer: dict[str, Any] = {
        "case_id": case.case_id,
        "stage": case.stage.value,
        "stage_th": STAGE_LABELS[case.stage][0],
        "curriculum_type": case.curriculum_type,
    }
    if case.latest_document:
        answer["document_version"] = case.latest_document.version
    if case.decisions:
        answer["decision_no"] = case.decisions[-1].decision_no
    return answer


async def open_new_case(
    runner: CommandRunner, meta: CommandMeta, school: School, command: OpenCase
) -> CommandOutcome:
    case_id = case_id_of(school.school, command.academic_year)
    opened = ev.CurriculumCaseOpened(
        case_id=case_id,
        **school.facts(),
        **command.model_dump(include={"academic_year", "curriculum_type", "title"}),
        school_name=school.name_th,
        stage=Stage.DRAFT,
    )
    return await runner.run(
        case_target(school.esa, case_id),
        meta,
        lambda h: decide_open(h, opened, school.sandbox_pilot),
        describe=describe_case,
    )


async def open_case(
    runner: CommandRunner,
    meta: CommandMeta,
    school: Mapping[str, Any],
    academic_year: int,
    curriculum_type: int,
    title: str,
) -> CommandOutcome:
    """`open_new_case` for callers that hold the school as a view document (a mapping)."""
    facts = School.of(school)
    command = OpenCase(
        school=facts.school,
        academic_year=academic_year,
        curriculum_type=curriculum_type,
        title=title,
    )
    return await open_new_case(runner, meta, facts, command)


async def run_on_case(
    runner: CommandRunner, meta: CommandMeta, esa: str, case_id: str, decide: Decide
) -> CommandOutcome:
    """Any other case command: `decide` gets the case's history (a case that has none is
    refused here with its id)."""

    def on_the_case(history: list[DomainEvent]) -> Sequence[DomainEvent]:
        if not history:
            raise case_not_found(case_id)
        return decide(history)

    return await runner.run(case_target(esa, case_id), meta, on_the_case, describe=describe_case)
