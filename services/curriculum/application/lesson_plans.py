"""Lesson plan commands and reads, on the plan's stream (tenant = the school's ESA). Whether
the giver of feedback coaches the school is read from the province's coaching team stream."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from services.curriculum.application.coaching import coaches_school
from services.curriculum.domain import lesson_plans as plans
from services.curriculum.domain.case import Actor
from services.curriculum.domain.commands.teaching import (
    AddLessonPlanVersion,
    GiveLessonPlanFeedback,
    StartLessonPlan,
)
from services.curriculum.domain.events.lesson_plans import FeedbackFacts
from services.curriculum.domain.schools import School
from services.curriculum.domain.teaching_terms import (
    GRADES,
    LEARNING_AREAS,
    VERDICTS,
    Grade,
    LearningArea,
    Verdict,
)


def plan_target(esa: str, plan_id: str) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), plans.plan_stream(plan_id))


def plan_answer(plan: plans.Plan) -> dict[str, Any]:
    s = plan.started
    return s.model_dump(mode="json") | {
        "subject_th": LEARNING_AREAS[LearningArea(s.subject)][0],
        "grade_th": GRADES[Grade(s.grade)][0],
        "documents": [asdict(d) for d in plan.documents],
        "document_version": plan.documents[-1].version if plan.documents else 0,
        "feedback": [
            f.model_dump(mode="json", include=FEEDBACK_FIELDS)
            | {"verdict_th": VERDICTS[Verdict(f.verdict)][0]}
            for f in plan.feedback
        ],
    }


FEEDBACK_FIELDS = set(FeedbackFacts.model_fields)


def _describe(history: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
    return plan_answer(plans.plan_from([*history, *new]))


async def start(
    runner: CommandRunner,
    meta: CommandMeta,
    school: School,
    command: StartLessonPlan,
    teacher: Actor,
) -> CommandOutcome:
    c = command
    plan_id = plans.plan_id_of(school.school, c.academic_year, c.subject, c.grade, teacher.id)
    return await runner.run(
        plan_target(school.esa, plan_id),
        meta,
        lambda h: plans.start(h, school, command, teacher),
        describe=_describe,
    )


async def add_version(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    plan_id: str,
    command: AddLessonPlanVersion,
    actor: Actor,
) -> CommandOutcome:
    return await runner.run(
        plan_target(esa, plan_id),
        meta,
        lambda h: plans.add_version(_plan_history(h, plan_id), command, actor),
        describe=_describe,
    )


async def give_feedback(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    plan_id: str,
    command: GiveLessonPlanFeedback,
    actor: Actor,
) -> CommandOutcome:
    school, year = plans.school_and_year(plan_id)
    as_coach = await coaches_school(runner, esa_province(esa), year, school, actor.id)
    return await runner.run(
        plan_target(esa, plan_id),
        meta,
        lambda h: plans.give_feedback(_plan_history(h, plan_id), command, actor, as_coach),
        describe=_describe,
    )


def _plan_history(history: list[DomainEvent], plan_id: str) -> list[DomainEvent]:
    plans.plan_from(history, plan_id)
    return history


async def plan(runner: CommandRunner, esa: str, plan_id: str) -> dict[str, Any]:
    history, _ = await runner.history(plan_target(esa, plan_id))
    return plan_answer(plans.plan_from(history, plan_id))
