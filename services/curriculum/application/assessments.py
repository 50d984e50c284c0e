"""Assessment commands and reads: a school reports its semester's competency levels."""

from __future__ import annotations

from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.errors import NotFound
from kit.eventstore.protocol import EventStore
from services.curriculum.domain import assessments
from services.curriculum.domain.events import registry


def assessment_target(school: dict[str, Any], academic_year: int, semester: int) -> StreamTarget:
    stream = assessments.assessment_stream(school["school"], academic_year, semester)
    return StreamTarget(school["esa"], school["province"], stream)


async def report(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, Any],
    academic_year: int,
    semester: int,
    learners: int,
    levels: dict[str, dict[str, int]],
) -> CommandOutcome:
    def decide(history: list[Any]) -> list[Any]:
        return assessments.report(
            history,
            school=school["school"],
            cluster=school.get("cluster", ""),
            esa=school["esa"],
            province=school["province"],
            academic_year=academic_year,
            semester=semester,
            learners=learners,
            levels=levels,
        )

    return await runner.run(
        assessment_target(school, academic_year, semester),
        meta,
        decide,
        describe=lambda h, new: {"revision": len(h) + len(new)},
    )


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
        )
    last = loaded.events[-1]
    payload = registry.payload(last).model_dump(mode="json")
    return payload | {"reported_at": last.time.isoformat(), "reported_by": last.actorid}
