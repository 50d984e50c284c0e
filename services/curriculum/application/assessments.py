"""Assessment commands and reads: a school reports its semester's competency levels."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.errors import NotFound
from kit.events import DomainEvent
from kit.eventstore.protocol import EventStore
from services.curriculum.domain import assessments
from services.curriculum.domain.commands.assessments import ReportCompetencyAssessment
from services.curriculum.domain.events import registry
from services.curriculum.domain.schools import School


def assessment_target(school: School, academic_year: int, semester: int) -> StreamTarget:
    stream = assessments.assessment_stream(school.school, academic_year, semester)
    return StreamTarget(school.esa, school.province, stream)


async def report_semester(
    runner: CommandRunner,
    meta: CommandMeta,
    school: School,
    academic_year: int,
    semester: int,
    command: ReportCompetencyAssessment,
) -> CommandOutcome:
    """The school reports (or corrects) its learners per competency level for a semester."""
    levels = {str(c): {str(lv): n for lv, n in v.items()} for c, v in command.levels.items()}

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return assessments.report(
            history,
            school=school.school,
            cluster=school.cluster,
            esa=school.esa,
            province=school.province,
            academic_year=academic_year,
            semester=semester,
            learners=command.learners,
            levels=levels,
        )

    target = assessment_target(school, academic_year, semester)
    return await runner.run(target, meta, decide, describe=_describe)


async def report(
    runner: CommandRunner,
    meta: CommandMeta,
    school: Mapping[str, Any],
    academic_year: int,
    semester: int,
    learners: int,
    levels: dict[str, dict[str, int]],
) -> CommandOutcome:
    """`report_semester` for callers that hold the school as a view document (a mapping)."""
    command = ReportCompetencyAssessment.model_validate({"learners": learners, "levels": levels})
    facts = School.of(school)
    return await report_semester(runner, meta, facts, academic_year, semester, command)


def _describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
    latest = [*history, *new][-1]
    data = latest.model_dump(mode="json")
    return {k: data[k] for k in ("school", "academic_year", "semester", "revision", "learners")}


async def latest_report(
    store: EventStore, esa: str, school: str, academic_year: int, semester: int
) -> dict[str, Any]:
    stream = assessments.assessment_stream(school, academic_year, semester)
    loaded = await store.load(esa, stream)
    if not loaded.events:
        raise NotFound(
            "โรงเรียนยังไม่ได้รายงานผลการประเมินภาคเรียนนี้",
            "The school has not reported this semester's assessment.",
            code="assessment_not_reported",
            details={"school": school, "academic_year": academic_year, "semester": semester},
        )
    last = loaded.events[-1]
    payload = registry.payload(last).model_dump(mode="json")
    return payload | {"reported_at": last.time.isoformat(), "reported_by": last.actorid}
