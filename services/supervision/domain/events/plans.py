"""Supervision plans: which supervisor looks after which schools in a semester, planned visits."""

from __future__ import annotations

from datetime import date

from kit.events import DomainEvent
from services.supervision.domain.events.parts import SchoolRef


class SchoolsAssigned(DomainEvent):
    type = "supervision.SchoolsAssigned"
    esa: str
    province: str
    academic_year: int
    semester: int
    supervisor: str
    supervisor_name: str
    schools: list[SchoolRef]


class SchoolReassigned(DomainEvent):
    type = "supervision.SchoolReassigned"
    esa: str
    province: str
    academic_year: int
    semester: int
    school: str
    cluster: str
    from_supervisor: str
    to_supervisor: str
    to_supervisor_name: str


class VisitPlanned(DomainEvent):
    type = "supervision.VisitPlanned"
    esa: str
    province: str
    academic_year: int
    semester: int
    planned_visit_id: str
    school: str
    cluster: str
    supervisor: str
    planned_on: date
    mode: str
    focus: str
    policies: list[str]


PLAN_EVENTS: list[type[DomainEvent]] = [SchoolsAssigned, SchoolReassigned, VisitPlanned]
