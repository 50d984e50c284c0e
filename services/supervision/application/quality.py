"""4Q quality commands on a school's year: the baseline (U), the agreement, the evaluation and
honours; and teachers honoured for excellent work."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.application.describing import latest
from services.supervision.application.ports import SchoolPlace
from services.supervision.domain import quality, teachers
from services.supervision.domain.commands.school_year import (
    AwardHonour,
    EvaluateQuality,
    HonourTeacher,
    RecordQualityBaseline,
    SignQualityAgreement,
)
from services.supervision.domain.events import schools as ev


def school_target(school: SchoolPlace, stream: str) -> StreamTarget:
    return StreamTarget(school.esa, school.province, stream)


SCHOOL_YEAR = {"school", "academic_year"}


def _where(school: SchoolPlace, year: int) -> dict[str, Any]:
    return {**school.facts(), "academic_year": year}


async def record_baseline(
    runner: CommandRunner,
    meta: CommandMeta,
    school: SchoolPlace,
    year: int,
    c: RecordQualityBaseline,
) -> CommandOutcome:
    baseline = ev.QualityBaselineRecorded(
        **_where(school, year), **c.model_dump(mode="json"), revision=1
    )
    return await runner.run(
        school_target(school, quality.quality_stream(school.school, year)),
        meta,
        lambda h: quality.record_baseline(h, baseline),
        describe=latest(
            ev.QualityBaselineRecorded, SCHOOL_YEAR | {"scores", "priorities", "revision"}
        ),
    )


async def sign_agreement(
    runner: CommandRunner,
    meta: CommandMeta,
    school: SchoolPlace,
    year: int,
    c: SignQualityAgreement,
) -> CommandOutcome:
    signed = ev.QualityAgreementSigned(**_where(school, year), **c.model_dump(mode="json"))
    return await runner.run(
        school_target(school, quality.quality_stream(school.school, year)),
        meta,
        lambda h: quality.sign_agreement(h, signed),
        describe=latest(ev.QualityAgreementSigned, SCHOOL_YEAR | {"targets", "signed_on"}),
    )


async def evaluate(
    runner: CommandRunner, meta: CommandMeta, school: SchoolPlace, year: int, c: EvaluateQuality
) -> CommandOutcome:
    indicators = c.model_dump(mode="json")["indicators"]
    fields = SCHOOL_YEAR | {"dimension_scores", "overall", "targets_met", "evaluation"}
    return await runner.run(
        school_target(school, quality.quality_stream(school.school, year)),
        meta,
        lambda h: quality.evaluate(h, _where(school, year), indicators, c.evaluated_on),
        describe=latest(ev.QualityEvaluated, fields),
    )


async def award_honour(
    runner: CommandRunner, meta: CommandMeta, school: SchoolPlace, year: int, c: AwardHonour
) -> CommandOutcome:
    award = ev.QualityHonourAwarded(
        **_where(school, year), honour_id=new_id(), **c.model_dump(mode="json")
    )
    return await runner.run(
        school_target(school, quality.quality_stream(school.school, year)),
        meta,
        lambda h: quality.award_honour(h, award),
        describe=_titled(ev.QualityHonourAwarded, c.title_th),
    )


async def honour_teacher(
    runner: CommandRunner, meta: CommandMeta, school: SchoolPlace, year: int, c: HonourTeacher
) -> CommandOutcome:
    honour = ev.TeacherHonoured(
        **_where(school, year),
        honour_id=new_id(),
        awarded_by=meta.actor_role,
        **c.model_dump(mode="json"),
    )
    return await runner.run(
        school_target(school, teachers.teachers_stream(school.school, year)),
        meta,
        lambda h: teachers.honour_teacher(h, honour),
        describe=_titled(ev.TeacherHonoured, c.title_th, c.teacher),
    )


def _titled(kind: type[DomainEvent], title: str, teacher: str | None = None) -> Any:
    """The answer: the honour given with this title (to this teacher), new or given before."""

    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        given = next(
            e
            for e in [*new, *history]
            if isinstance(e, kind)
            and getattr(e, "title_th", None) == title
            and getattr(e, "teacher", teacher) == teacher
        )
        fields = {"school", "academic_year", "honour_id", "title_th", "teacher"}
        return given.model_dump(mode="json", include=fields)

    return describe
