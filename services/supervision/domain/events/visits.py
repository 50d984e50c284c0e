"""Visits and what happens within and after them: observations, acknowledgement, action items."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from kit.events import DomainEvent
from services.supervision.domain.events.parts import ActionItem, Evidence


class VisitEvent(DomainEvent):
    """The facts every visit event carries for its readers."""

    visit_id: str
    esa: str
    province: str
    school: str
    cluster: str
    supervisor: str
    academic_year: int
    semester: int


class VisitRecorded(VisitEvent):
    type = "supervision.VisitRecorded"
    mode: str
    occurred_at: datetime  # when the visit happened (a draft made offline keeps it)
    occurred_on: date  # the day it happened, in Thailand
    recorded_at: datetime  # when the platform received the record
    drafted_at: datetime | None = None  # when the draft was saved on the device, if offline
    focus: str
    policies: list[str]
    project: str = ""
    findings: str
    recommendations: str
    action_items: list[ActionItem]
    evidence: list[Evidence]
    planned_visit_id: str | None = None
    follow_up_id: str | None = None
    revision: int = 1


class VisitRevised(VisitEvent):
    type = "supervision.VisitRevised"
    revision: int
    base_revision: int
    changes: dict[str, Any]  # field -> new value (focus, policies, findings, ...)
    added_action_items: list[ActionItem]


class ClassroomObserved(VisitEvent):
    type = "supervision.ClassroomObserved"
    observation_id: str
    rubric_id: str
    rubric_version: int
    teacher: str
    subject_area: str
    grade_level: str
    scores: dict[str, str]  # indicator id -> level code
    overall_level: str
    notes: str = ""


class VisitAcknowledged(VisitEvent):
    type = "supervision.VisitAcknowledged"
    revision: int
    by: str


class VisitDisputed(VisitEvent):
    type = "supervision.VisitDisputed"
    revision: int
    by: str
    comment: str


class ActionItemVerified(VisitEvent):
    type = "supervision.ActionItemVerified"
    item_id: str
    at_visit_id: str
    verified_on: date
    outcome: str  # done, in_progress, not_done
    note: str = ""


class ActionItemBecameOverdue(VisitEvent):
    type = "supervision.ActionItemBecameOverdue"
    item_id: str
    due_on: date
    overdue_on: date


VISIT_EVENTS: list[type[DomainEvent]] = [
    VisitRecorded,
    VisitRevised,
    ClassroomObserved,
    VisitAcknowledged,
    VisitDisputed,
    ActionItemVerified,
    ActionItemBecameOverdue,
]
