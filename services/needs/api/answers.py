"""What the needs commands answer: the resource's identity and what the caller needs next.

The stream's version goes in `ETag` (send it back as `If-Match`), never in a body; a replayed
`Idempotency-Key` answers the first answer again, with `Idempotent-Replayed: true`.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field

from services.needs.domain.vocabulary import QualityLevel, ServiceKind


class Answer(BaseModel):
    """Answers ignore what they do not declare."""


class RequestStatus(StrEnum):
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    FULFILLED = "fulfilled"
    DECLINED = "declined"


class TemplatePublished(Answer):
    template_id: str
    template_version: int = Field(description="The version just published: 1 for a new template")


class CampaignOpened(Answer):
    campaign_id: str
    target_schools: int = Field(description="How many schools the campaign asks")
    template_version: int


class TemplateVersionAdopted(Answer):
    campaign_id: str
    template_version: int = Field(description="The version the campaign asks from now on")


class ReminderSent(Answer):
    campaign_id: str
    reminder: int = Field(description="1 for the campaign's first reminder, then 2, 3...")
    reminded: list[str] = Field(description="The schools reminded (OBEC codes)")


class CampaignClosed(Answer):
    campaign_id: str
    closed_on: date


class ResponseSubmitted(Answer):
    campaign_id: str
    school: str
    revision: int = Field(description="1 for the first submission, then 2, 3...")
    template_version: int = Field(description="The template version the answers answer")


class ResponseReturned(Answer):
    campaign_id: str
    school: str
    revision: int = Field(description="The revision returned")
    correct_by: date = Field(description="Corrections are accepted until the end of this day")


class ProductionState(Answer):
    production_id: str
    school: str
    evidence: int = Field(description="Pieces of evidence attached")
    evaluations: int
    quality_level: QualityLevel | None = Field(description="The latest evaluation's level")
    mean: float | None
    withdrawn: bool


class RequestState(Answer):
    request_id: str
    school: str
    kind: ServiceKind
    status: RequestStatus
    due_on: date = Field(description="Overdue after this day while still open")
    rating: int | None


class ImprovementRecorded(Answer):
    improvement_id: str
    academic_year: int


class ModelMediaDispatched(Answer):
    dispatch_id: str
    target_schools: int = Field(description="How many schools the media went to")
    academic_year: int
    semester: int


class ModelMediaAcknowledged(Answer):
    dispatch_id: str
    school: str
    received_on: date


class FollowupRecorded(Answer):
    followup_id: str
    school: str
    academic_year: int
    semester: int
    quality_level: QualityLevel
    mean: float
