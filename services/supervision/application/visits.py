"""Visit commands: record (online or from an offline draft), revise, observe a classroom,
acknowledge or dispute (the school), verify an action item at a later visit.

Commands on an existing visit take a `guard`: the caller's check on the visit's place (its
school and cluster), made on the visit as its own stream tells it, inside the decision. So a
supervisor of one cluster acts only on its schools' visits, a school only on its own, and no
read precedes the command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kit.auth.place import Place
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, Describe, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.application.links import check_links
from services.supervision.application.ports import SchoolPlace
from services.supervision.domain import followups, observations
from services.supervision.domain import visits as model
from services.supervision.domain.commands.visits import (
    AcknowledgeVisit,
    DisputeVisit,
    ObserveClassroom,
    RecordVisit,
    ReviseVisit,
    VerifyActionItem,
)
from services.supervision.domain.events import visits as ev
from services.supervision.domain.events.parts import ActionItem
from services.supervision.domain.terms import term_of, thai_day

Guard = Callable[[Place], None]
Decide = Callable[[list[DomainEvent]], Sequence[DomainEvent]]


def visit_target(esa: str, province: str, visit_id: str) -> StreamTarget:
    return StreamTarget(esa, province, model.visit_stream(visit_id))


def guarded(guard: Guard, decide: Callable[[list[DomainEvent]], list[DomainEvent]]) -> Decide:
    """`decide`, once the caller may act on the visit's place."""

    def run(history: list[DomainEvent]) -> list[DomainEvent]:
        guard(model.visit_from(history).place)
        return decide(history)

    return run


async def record_visit(
    runner: CommandRunner,
    meta: CommandMeta,
    school: SchoolPlace,
    supervisor: str,
    command: RecordVisit,
) -> CommandOutcome:
    day = thai_day(command.occurred_at)
    year, semester = term_of(day)
    await check_links(runner, school, (year, semester), command)
    visit_id = command.visit_id or new_id()
    content = command.model_dump(mode="json", exclude={"visit_id", "school"})
    recorded = ev.VisitRecorded(
        **school.facts(),
        **content,
        visit_id=visit_id,
        supervisor=supervisor,
        academic_year=year,
        semester=semester,
        occurred_on=day,
        recorded_at=runner.now(),
    )
    return await runner.run(
        visit_target(school.esa, school.province, visit_id),
        meta,
        lambda h: model.record_visit(h, recorded),
        describe=lambda h, new: _visit_answer([*h, *new]),
    )


def _visit_answer(history: list[DomainEvent]) -> dict[str, Any]:
    visit = model.visit_from(history)
    r = visit.recorded
    return {
        "visit_id": r.visit_id,
        "school": r.school,
        "academic_year": r.academic_year,
        "semester": r.semester,
        "revision": visit.revision,
    }


async def revise_visit(
    runner: CommandRunner, meta: CommandMeta, target: StreamTarget, guard: Guard, c: ReviseVisit
) -> CommandOutcome:
    changes = c.model_dump(
        mode="json", exclude_none=True, exclude={"base_revision", "add_action_items"}
    )
    items = [ActionItem(**i.model_dump()) for i in c.add_action_items]
    decide = guarded(guard, lambda h: model.revise_visit(h, c.base_revision, changes, items))
    return await runner.run(target, meta, decide, describe=lambda h, new: _visit_answer([*h, *new]))


async def acknowledge(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    guard: Guard,
    c: AcknowledgeVisit,
) -> CommandOutcome:
    decide = guarded(guard, lambda h: model.acknowledge(h, c.revision, meta.actor_id))
    return await runner.run(target, meta, decide, describe=_answered("acknowledged", c.revision))


async def dispute(
    runner: CommandRunner, meta: CommandMeta, target: StreamTarget, guard: Guard, c: DisputeVisit
) -> CommandOutcome:
    decide = guarded(guard, lambda h: model.dispute(h, c.revision, meta.actor_id, c.comment))
    return await runner.run(target, meta, decide, describe=_answered("disputed", c.revision))


def _answered(status: str, revision: int) -> Describe:
    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        visit_id = model.visit_from(history).recorded.visit_id
        return {"visit_id": visit_id, "revision": revision, "status": status}

    return describe


async def observe_classroom(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    guard: Guard,
    c: ObserveClassroom,
) -> CommandOutcome:
    rubric_stream = observations.rubric_stream(target.tenant, c.rubric_id)
    rubric_history, _ = await runner.history(
        StreamTarget(target.tenant, target.province, rubric_stream)
    )
    rubric = observations.rubric_version(rubric_history, c.rubric_version)
    observation = c.model_dump(mode="json", exclude={"rubric_id", "rubric_version"})
    decide = guarded(guard, lambda h: observations.observe_classroom(h, rubric, **observation))

    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        seen = next(
            e
            for e in [*history, *new]
            if isinstance(e, ev.ClassroomObserved) and e.observation_id == c.observation_id
        )
        return {"visit_id": seen.visit_id} | seen.model_dump(
            mode="json", include={"observation_id", "rubric_id", "rubric_version", "overall_level"}
        )

    return await runner.run(target, meta, decide, describe=describe)


async def verify_item(
    runner: CommandRunner,
    meta: CommandMeta,
    target: StreamTarget,
    guard: Guard,
    item_id: str,
    c: VerifyActionItem,
) -> CommandOutcome:
    later_history, _ = await runner.history(
        visit_target(target.tenant, target.province, c.at_visit_id)
    )
    later = model.visit_from(later_history)
    decide = guarded(guard, lambda h: followups.verify_item(h, item_id, later, c.outcome, c.note))

    def describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
        visit = model.visit_from([*history, *new])
        return {"visit_id": visit.recorded.visit_id, "item_id": item_id} | visit.item_status(
            item_id
        )

    return await runner.run(target, meta, decide, describe=describe)
