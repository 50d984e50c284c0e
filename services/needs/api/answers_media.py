"""What the media routes read: production records (form 3), service requests (form 4),
improvements (form 6), dispatches of model media (step 3) and follow-ups (form 5)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from services.needs.api.answers import Answer, RequestStatus
from services.needs.api.answers_surveys import TargetedSchool, Year
from services.needs.domain import events as ev
from services.needs.domain.commands.common import TargetKind
from services.needs.domain.vocabulary import (
    Category,
    DeliveryChannel,
    FollowupMode,
    GradeLevel,
    QualityLevel,
    ServiceKind,
    Subject,
)


class Evaluation(Answer):
    evaluation: int
    standard: str
    scores: list[ev.IndicatorScore]
    mean: float
    quality_level: QualityLevel
    comment: str = ""
    evaluated_on: date


class Withdrawal(Answer):
    reason: str
    withdrawn_on: date


class SchoolRecord(Answer):
    school: str
    cluster: str
    esa: str
    province: str
    year: str = Year
    semester: int


class Production(SchoolRecord):
    production_id: str
    title: str
    kind: Category
    subject: Subject
    grade_levels: list[GradeLevel]
    authors: list[ev.Author]
    description: str = ""
    evidence: list[ev.Evidence]
    registered_on: date
    evaluations: list[Evaluation] = []
    quality_level: QualityLevel | None = Field(default=None, description="The latest level")
    mean: float | None = None
    evaluated_on: date | None = None
    withdrawn: Withdrawal | None = None


class RequestStep(Answer):
    status: RequestStatus
    on: date | None
    note: str = ""


class ServiceRequest(SchoolRecord):
    request_id: str
    kind: ServiceKind
    status: RequestStatus
    history: list[RequestStep]
    subject: Subject
    details: str
    items: list[ev.RequestedItem] = []
    needed_by: date | None = None
    requested_on: date
    due_on: date
    scheduled_on: date | None = None
    fulfilled_on: date | None = None
    decline_reason: str | None = None
    rating: int | None = None
    rating_comment: str | None = None
    rated_on: date | None = None


class Improvement(Answer):
    improvement_id: str
    esa: str
    province: str
    year: str = Year
    finding: str
    action: str
    request_ids: list[str] = []
    recorded_on: date


class Receipt(Answer):
    cluster: str
    received_on: date
    note: str = ""
    at: datetime


class Dispatch(Answer):
    """Model media sent (step 3); a school reads its own part only (`my_receipt`)."""

    dispatch_id: str
    esa: str
    province: str
    year: str = Year
    semester: int
    title: str
    purpose: str = ""
    media: list[ev.ModelMedium]
    channel: DeliveryChannel
    target_kind: TargetKind
    target_cluster: str = ""
    sent_on: date
    targets: dict[str, TargetedSchool] | None = None
    receipts: dict[str, Receipt] | None = None
    my_receipt: Receipt | None = None


class RecordedBy(Answer):
    actor: str
    role: str


class Followup(SchoolRecord):
    followup_id: str
    visited_on: date
    mode: FollowupMode
    scores: list[ev.AspectScored]
    mean: float
    quality_level: QualityLevel
    uses: list[ev.RecordUse] = []
    findings: str
    recommendations: str = ""
    by: RecordedBy | None = None
