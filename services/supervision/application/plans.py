"""Plan commands: assign (or reassign) schools to a supervisor, plan visits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kit.auth.place import esa_province
from kit.commands import CommandMeta, CommandOutcome, CommandRunner, StreamTarget
from kit.events import DomainEvent
from kit.ids import new_id
from services.supervision.application.ports import SchoolPlace
from services.supervision.domain import plans as model
from services.supervision.domain.commands.visits import PlanVisit
from services.supervision.domain.events import plans as ev
from services.supervision.domain.events.parts import SchoolRef


def plan_target(esa: str, year: int, semester: int) -> StreamTarget:
    return StreamTarget(esa, esa_province(esa), model.plan_stream(esa, year, semester))


async def assign_schools(
    runner: CommandRunner,
    meta: CommandMeta,
    term: tuple[str, int, int],
    supervisor: tuple[str, str],
    schools: list[SchoolPlace],
) -> CommandOutcome:
    """`term`: (esa, year, semester); `supervisor`: (person id, name)."""
    esa, year, semester = term
    assigned = ev.SchoolsAssigned(
        esa=esa,
        province=esa_province(esa),
        academic_year=year,
        semester=semester,
        supervisor=supervisor[0],
        supervisor_name=supervisor[1],
        schools=[SchoolRef(school=s.school, cluster=s.cluster) for s in schools],
    )
    return await runner.run(
        plan_target(*term),
        meta,
        lambda h: model.assign_schools(h, assigned),
        describe=lambda h, new: _assignment_answer(assigned, new),
    )


def _assignment_answer(asked: ev.SchoolsAssigned, new: Sequence[DomainEvent]) -> dict[str, Any]:
    return {
        "supervisor": asked.supervisor,
        "assigned": [s.school for e in new if isinstance(e, ev.SchoolsAssigned) for s in e.schools],
        "reassigned": [e.school for e in new if isinstance(e, ev.SchoolReassigned)],
    }


async def plan_visit(
    runner: CommandRunner,
    meta: CommandMeta,
    school: SchoolPlace,
    term: tuple[int, int],
    supervisor: str,
    command: PlanVisit,
) -> CommandOutcome:
    year, semester = term
    planned = ev.VisitPlanned(
        **school.facts(),
        academic_year=year,
        semester=semester,
        planned_visit_id=new_id(),
        supervisor=supervisor,
        **command.model_dump(mode="json", exclude={"school"}),
    )
    return await runner.run(
        plan_target(school.esa, year, semester),
        meta,
        lambda h: model.plan_visit(h, planned),
        describe=lambda h, new: planned.model_dump(
            mode="json", include={"planned_visit_id", "school", "planned_on", "supervisor"}
        ),
    )
