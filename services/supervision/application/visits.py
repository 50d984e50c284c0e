"""Visit commands: record (online or from an offline draft), revise, observe a classroom,
acknowledge or dispute (the school), verify an action item at a later visit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.supervision.domain import followups, observations
from services.supervision.domain import visits as model
from services.supervision.domain.events import visits as ev
from services.supervision.domain.events.parts import ActionItem
from services.supervision.domain.terms import term_of, thai_day


def visit_target(esa: str, province: str, visit_id: str) -> StreamTarget:
    return StreamTarget(esa, province, model.visit_stream(visit_id))


async def record_visit(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, str],
    visit_id: str,
    supervisor: str,
    occurred_at: datetime,
    content: dict[str, Any],
) -> CommandOutcome:
    """`content`: mode, focus, policies, project, findings, recommendations, action_items,
    evidence, planned_visit_id, follow_up_id, drafted_at."""
    day = thai_day(occurred_at)
    year, semester = term_of(day)
    recorded = ev.VisitRecorded(
        visit_id=visit_id,
        supervisor=supervisor,
        academic_year=year,
        semester=semester,
        occurred_at=occurred_at,
        occurred_on=day,
        recorded_at=runner.now(),
        **school,
        **content,
    )
    return await runner.run(
        visit_target(school["esa"], school["province"], visit_id),
        meta,
        lambda h: model.record_visit(h, recorded),
        describe=lambda h, new: {
            "visit_id": visit_id,
            "academic_year": year,
            "semester": semester,
            "revision": 1,
        },
    )


async def revise_visit(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    base_revision: int,
    changes: dict[str, Any],
    added_items: list[dict[str, Any]],
) -> CommandOutcome:
    items = [ActionItem(**i) for i in added_items]
    return await runner.run(
        target,
        meta,
        lambda h: model.revise_visit(h, base_revision, changes, items),
        describe=lambda h, new: {"revision": new[-1].revision if new else base_revision},  # type: ignore[attr-defined]
    )


async def acknowledge(
    runner: CommandRunner, meta: CommandMeta, target: StreamTarget, school: str, revision: int
) -> CommandOutcome:
    return await runner.run(
        target, meta, lambda h: model.acknowledge(h, school, revision, meta.actor_id)
    )


async def dispute(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    school: str,
    revision: int,
    comment: str,
) -> CommandOutcome:
    return await runner.run(
        target, meta, lambda h: model.dispute(h, school, revision, meta.actor_id, comment)
    )


async def observe_classroom(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    rubric_id: str,
    rubric_version: int | None,
    observation: dict[str, Any],
) -> CommandOutcome:
    """`observation`: observation_id, teacher, subject_area, grade_level, scores, notes."""
    rubric_history, _ = await runner.history(
        StreamTarget(
            target.tenant, target.province, observations.rubric_stream(target.tenant, rubric_id)
        )
    )
    rubric = observations.rubric_version(rubric_history, rubric_version)

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return observations.observe_classroom(history, rubric, **observation)

    return await runner.run(
        target,
        meta,
        decide,
        describe=lambda h, new: {
            "observation_id": observation["observation_id"],
            "rubric_version": rubric.version,
            "overall_level": new[0].overall_level if new else None,  # type: ignore[attr-defined]
        },
    )


async def verify_item(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    item_id: str,
    at_visit_id: str,
    outcome: str,
    note: str,
) -> CommandOutcome:
    later_history, _ = await runner.history(
        visit_target(target.tenant, target.province, at_visit_id)
    )
    later = model.visit_from(later_history)

    def decide(history: list[DomainEvent]) -> list[DomainEvent]:
        return followups.verify_item(history, item_id, later, outcome, note)

    return await runner.run(target, meta, decide)
