"""Plan commands: assign (or reassign) schools to a supervisor, plan visits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from kit.auth.principal import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.domain import plans as model
from services.supervision.domain.events import plans as ev
from services.supervision.domain.events.parts import SchoolRef


def _target(esa: str, year: int, semester: int) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), model.plan_stream(esa, year, semester))


async def assign_schools(
    runner: CommandRunner,
    meta: CommandMeta,
    esa: str,
    year: int,
    semester: int,
    supervisor: str,
    supervisor_name: str,
    schools: list[dict[str, str]],
) -> CommandOutcome:
    assigned = ev.SchoolsAssigned(
        esa=esa,
        province=esa_province(esa),
        academic_year=year,
        semester=semester,
        supervisor=supervisor,
        supervisor_name=supervisor_name,
        schools=[SchoolRef(**s) for s in schools],
    )

    return await runner.run(
        _target(esa, year, semester),
        meta,
        lambda h: model.assign_schools(h, assigned),
        describe=_assignment_answer,
    )


def _assignment_answer(_: list[DomainEvent], new: Sequence[DomainEvent]) -> dict[str, Any]:
    return {
        "assigned": [s.school for e in new if isinstance(e, ev.SchoolsAssigned) for s in e.schools],
        "reassigned": [e.school for e in new if isinstance(e, ev.SchoolReassigned)],
    }


async def plan_visit(
    runner: CommandRunner,
    meta: CommandMeta,
    school: dict[str, str],
    year: int,
    semester: int,
    supervisor: str,
    planned_on: date,
    mode: str,
    focus: str,
    policies: list[str],
) -> CommandOutcome:
    planned = ev.VisitPlanned(
        esa=school["esa"],
        province=school["province"],
        academic_year=year,
        semester=semester,
        planned_visit_id=new_id(),
        school=school["school"],
        cluster=school["cluster"],
        supervisor=supervisor,
        planned_on=planned_on,
        mode=mode,
        focus=focus,
        policies=policies,
    )
    return await runner.run(
        _target(school["esa"], year, semester),
        meta,
        lambda h: model.plan_visit(h, planned),
        describe=lambda h, new: {"planned_visit_id": planned.planned_visit_id},
    )
