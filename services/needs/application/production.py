"""Production record commands (form 3): register, add evidence, evaluate, withdraw."""

from __future__ import annotations

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.ids import new_id
from kit.thai import academic_year, semester
from services.needs.domain import events as ev
from services.needs.domain import production as model
from services.needs.domain.days import local_day
from services.needs.domain.vocabulary import Category, GradeLevel, Subject


async def owner(runner: CommandRunner, esa: str, province: str, production_id: str) -> str:
    """The school a record belongs to (not found outside the ESA)."""
    history, _ = await runner.history(
        StreamTarget(esa, province, model.production_stream(production_id))
    )
    return model.registered_from(history).school


async def register(
    runner: CommandRunner,
    meta: CommandMeta,
    *,
    school: ev.TargetSchool,
    esa: str,
    province: str,
    title: str,
    kind: Category,
    subject: Subject,
    grade_levels: list[GradeLevel],
    authors: list[ev.Author],
    description: str,
    evidence: list[ev.Evidence],
) -> CommandOutcome:
    production_id = new_id()
    today = local_day(runner.now())
    registered = ev.ProductionRegistered(
        production_id=production_id,
        school=school.school,
        cluster=school.cluster,
        esa=esa,
        province=province,
        academic_year=academic_year(today),
        semester=semester(today),
        title=title,
        kind=kind,
        subject=subject,
        grade_levels=grade_levels,
        authors=authors,
        description=description,
        evidence=evidence,
        registered_on=today,
    )
    return await runner.run(
        StreamTarget(esa, province, model.production_stream(production_id)),
        meta,
        lambda h: model.register_production(h, registered),
        describe=lambda h, n: {"production_id": production_id},
    )


async def add_evidence(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    province: str,
    production_id: str,
    evidence: list[ev.Evidence],
) -> CommandOutcome:
    return await runner.run(
        StreamTarget(esa, province, model.production_stream(production_id)),
        meta,
        lambda h: model.add_evidence(h, evidence),
    )


async def evaluate(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    province: str,
    production_id: str,
    scores: list[ev.IndicatorScore],
    comment: str,
) -> CommandOutcome:
    today = local_day(runner.now())
    return await runner.run(
        StreamTarget(esa, province, model.production_stream(production_id)),
        meta,
        lambda h: model.evaluate_production(h, scores, comment, today),
        describe=lambda h, n: {
            "quality_level": n[0].quality_level,  # type: ignore[attr-defined]
            "mean": n[0].mean,  # type: ignore[attr-defined]
        },
    )


async def withdraw(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    province: str,
    production_id: str,
    reason: str,
) -> CommandOutcome:
    today = local_day(runner.now())
    return await runner.run(
        StreamTarget(esa, province, model.production_stream(production_id)),
        meta,
        lambda h: model.withdraw_production(h, reason, today),
    )
