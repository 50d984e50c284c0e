"""What the plan and visit queries answer: a semester's plan, visit coverage, visit records,
action items and curriculum follow-ups (the read models' documents without their bookkeeping)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from services.supervision.api.answers import Answer


class Evidence(Answer):
    title: str
    sha256: str
    uri: str = ""


class Assignment(Answer):
    supervisor: str
    supervisor_name: str = ""
    cluster: str = ""


class PlannedVisit(Answer):
    planned_visit_id: str | None = None
    school: str | None = None
    supervisor: str | None = None
    planned_on: date | None = None
    mode: str | None = None
    focus: str | None = None
    policies: list[str] = []
    visit_id: str | None = Field(default=None, description="The visit that carried it out")


class Reassignment(Answer):
    school: str
    from_supervisor: str
    to_supervisor: str
    at: datetime


class Plan(Answer):
    esa: str
    year: int
    semester: int
    assignments: dict[str, Assignment] = Field(description="school -> its supervisor")
    planned: dict[str, PlannedVisit] = Field(description="planned visit id -> the visit")
    reassignments: list[Reassignment] = []


class CoverageLine(Answer):
    school: str
    name_th: str = ""
    cluster: str = ""
    supervisor: str | None = None
    supervisor_name: str = ""
    visits_this_semester: int
    last_visit_on: date | None = None
    not_visited_this_semester: bool
    not_visited_in_30_days: bool


class SupervisorCoverage(Answer):
    supervisor: str | None = None
    supervisor_name: str = ""
    school_count: int
    not_visited_this_semester: int
    not_visited_in_30_days: int
    schools_not_visited_this_semester: list[str]
    schools_not_visited_in_30_days: list[str]


class Coverage(Answer):
    esa: str
    year: int
    semester: int
    as_of: date = Field(description="The Thai day 'in 30 days' is counted back from")
    school_count: int
    not_visited_this_semester: int
    not_visited_in_30_days: int
    schools: list[CoverageLine]
    supervisors: list[SupervisorCoverage]


class Observation(Answer):
    observation_id: str
    rubric_id: str
    rubric_version: int
    teacher: str
    subject_area: str
    grade_level: str
    scores: dict[str, str]
    overall_level: str
    notes: str = ""


class RevisionEntry(Answer):
    revision: int
    at: datetime
    by: str
    changed: list[str] = []


class ItemSummary(Answer):
    item_id: str | None = None
    description: str | None = None
    owner: str | None = None
    due_on: date | None = None
    status: str | None = None
    overdue: bool = False


class SchoolResponse(Answer):
    status: str
    revision: int
    by: str
    comment: str = ""
    at: datetime


class PlaceFacts(Answer):
    esa: str
    province: str
    school: str
    cluster: str = ""


class Visit(PlaceFacts):
    visit_id: str
    supervisor: str
    year: int
    semester: int
    mode: str | None = None
    occurred_at: datetime | None = None
    occurred_on: date | None = None
    recorded_at: datetime | None = None
    drafted_at: datetime | None = None
    focus: str | None = None
    policies: list[str] = []
    project: str | None = None
    findings: str | None = None
    recommendations: str | None = None
    evidence: list[Evidence] = []
    planned_visit_id: str | None = None
    follow_up_id: str | None = None
    revision: int = 1
    status: str = Field(default="pending", description="pending, acknowledged or disputed")
    observations: list[Observation] = []
    revisions: list[RevisionEntry] = []
    action_items: dict[str, ItemSummary] = {}
    school_answer: SchoolResponse | None = None


class Verification(Answer):
    at_visit_id: str
    verified_on: date
    outcome: str
    note: str = ""


class ActionItem(PlaceFacts):
    visit_id: str
    supervisor: str
    year: int
    semester: int
    item_id: str
    description: str
    owner: str
    due_on: date
    status: str = Field(description="open, overdue or done")
    overdue: bool = False
    overdue_on: date | None = None
    verifications: list[Verification] = []


class FollowUp(PlaceFacts):
    follow_up_id: str
    case_id: str
    year: int
    curriculum_type: int
    approved_by: str
    approved_at: datetime
    due_by: date
    focus_th: str
    visit_id: str | None = Field(default=None, description="The visit that fulfilled it")


def validate_all(model: type[Answer], docs: list[dict[str, Any]]) -> list[Any]:
    return [model.model_validate(d) for d in docs]
