"""Semester plans: assigning schools to supervisors (and reassigning), and planning visits.

One stream per ESA and semester. A school has one supervisor at a time; assigning it to
another supervisor is a reassignment, recorded with who had it before.
"""

from __future__ import annotations

from kit import thai
from kit.errors import RuleViolation
from kit.events import DomainEvent
from services.supervision.domain.events import plans as ev
from services.supervision.domain.events.parts import SchoolRef


def plan_stream(esa: str, year: int, semester: int) -> str:
    return f"plan-{esa}-{year}-{semester}"


def assignments(history: list[DomainEvent]) -> dict[str, str]:
    """school -> supervisor, as the plan stands."""
    current: dict[str, str] = {}
    for e in history:
        if isinstance(e, ev.SchoolsAssigned):
            current.update({s.school: e.supervisor for s in e.schools})
        elif isinstance(e, ev.SchoolReassigned):
            current[e.school] = e.to_supervisor
    return current


def assign_schools(history: list[DomainEvent], assigned: ev.SchoolsAssigned) -> list[DomainEvent]:
    """New schools are assigned; schools another supervisor had are reassigned to this one."""
    current = assignments(history)
    fresh = [s for s in assigned.schools if s.school not in current]
    moved = [
        s
        for s in assigned.schools
        if s.school in current and current[s.school] != assigned.supervisor
    ]
    out: list[DomainEvent] = []
    if fresh:
        out.append(assigned.model_copy(update={"schools": fresh}))
    out += [_reassigned(assigned, s, current[s.school]) for s in moved]
    return out


def _reassigned(a: ev.SchoolsAssigned, s: SchoolRef, before: str) -> ev.SchoolReassigned:
    return ev.SchoolReassigned(
        esa=a.esa,
        province=a.province,
        academic_year=a.academic_year,
        semester=a.semester,
        school=s.school,
        cluster=s.cluster,
        from_supervisor=before,
        to_supervisor=a.supervisor,
        to_supervisor_name=a.supervisor_name,
    )


def plan_visit(history: list[DomainEvent], planned: ev.VisitPlanned) -> list[DomainEvent]:
    if any(
        isinstance(e, ev.VisitPlanned) and e.planned_visit_id == planned.planned_visit_id
        for e in history
    ):
        return []
    first, last = thai.semester_bounds(planned.academic_year, planned.semester)
    if not first <= planned.planned_on <= last:
        raise RuleViolation(
            f"วันที่วางแผนต้องอยู่ในภาคเรียนที่ {planned.semester}/{planned.academic_year}",
            f"The planned day must fall in semester {planned.semester}/{planned.academic_year} "
            f"({first} to {last}).",
            code="outside_semester",
        )
    owner = assignments(history).get(planned.school)
    if owner is None:
        raise RuleViolation(
            "ยังไม่ได้มอบหมายโรงเรียนนี้ให้ศึกษานิเทศก์ในภาคเรียนนี้",
            "This school is not assigned to a supervisor in this semester's plan.",
            code="school_not_in_plan",
        )
    if owner != planned.supervisor:
        raise RuleViolation(
            "โรงเรียนนี้อยู่ในความรับผิดชอบของศึกษานิเทศก์ท่านอื่น",
            "This school is assigned to another supervisor.",
            code="school_assigned_to_another",
            details={"supervisor": owner},
        )
    return [planned]
